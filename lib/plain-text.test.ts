/**
 * Every form schema refuses NUL and the other control characters in every free-text field with
 * an error on that field (issue 10, item 8), before anything reaches the database; the same
 * text without them is accepted. Tab and line breaks stay allowed where text may span lines.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { allowlistEntrySchema } from './delivery/allowlist';
import { applicationSchema } from './departments/application-schema';
import { decisionSchema } from './departments/decide-department';
import { leadSchema } from './leads/lead-schema';
import { CONTROL_CHARACTERS, hasNoControlCharacters } from './plain-text';
import { programInputSchema } from './programs/program-schema';
import { firstAdminInputSchema } from './users/first-admin';
import { invitationInputSchema, newAccountSchema } from './users/user-schemas';
import { webhookInputSchema } from './webhooks/webhook-schema';

const BAD = ['\u0000', '\u0001', '\u0008', '\u000b', '\u001b', '\u007f'];

interface Case {
  form: string;
  schema: z.ZodType;
  valid: Record<string, unknown>;
  fields: string[];
}

const uuid = '4b0a5a8e-1c2d-4e3f-8a9b-0c1d2e3f4a5b';
const CASES: Case[] = [
  {
    form: 'lead',
    schema: leadSchema,
    valid: {
      name: 'Ana Pérez',
      email: 'ana@example.com',
      phone: '787-555-0123',
      businessName: 'Café Ana',
      municipality: 'San Juan',
      businessStage: 'new',
      sector: 'food',
      message: 'Hola',
      programIds: [uuid],
      consent: true,
    },
    fields: ['name', 'email', 'phone', 'businessName', 'message'],
  },
  {
    form: 'department registration',
    schema: applicationSchema,
    valid: {
      departmentName: 'Departamento de Prueba',
      acronym: 'DP',
      contactName: 'Ana Pérez',
      contactEmail: 'ana@dp.pr.gov',
      requesterName: 'Luis Ortiz',
      requesterEmail: 'luis@dp.pr.gov',
      password: 'a-long-enough-password',
      passwordConfirm: 'a-long-enough-password',
      reason: 'We run two financing programs.',
    },
    fields: ['departmentName', 'acronym', 'contactName', 'contactEmail', 'requesterName', 'requesterEmail', 'reason'],
  },
  {
    form: 'webhook',
    schema: webhookInputSchema,
    valid: { url: 'https://crm.example.gov/hook', description: 'CRM', customHeaders: { 'X-Team': 'ventas' } },
    fields: ['url', 'description', 'customHeaders.X-Team'],
  },
  {
    form: 'program',
    schema: programInputSchema,
    valid: {
      titleEs: 'Préstamos',
      titleEn: 'Loans',
      summaryEs: 'Préstamos para pymes.',
      summaryEn: 'Loans for small firms.',
      descriptionEs: 'Préstamos para pymes del país.',
      descriptionEn: 'Loans for the small firms.',
      kind: 'financing',
    },
    fields: ['titleEs', 'titleEn', 'summaryEs', 'summaryEn', 'descriptionEs', 'descriptionEn'],
  },
  { form: 'member invitation', schema: invitationInputSchema, valid: { email: 'new@dp.pr.gov', role: 'staff' }, fields: ['email'] },
  { form: 'new account', schema: newAccountSchema, valid: { name: 'Ana', password: 'a-long-enough-password', confirm: 'a-long-enough-password' }, fields: ['name'] },
  { form: 'first admin', schema: firstAdminInputSchema, valid: { email: 'boss@dp.pr.gov', name: 'Boss' }, fields: ['email', 'name'] },
  { form: 'department decision', schema: decisionSchema, valid: { decision: 'reject', reason: 'Not a department.' }, fields: ['reason'] },
  { form: 'network allowlist', schema: allowlistEntrySchema, valid: { cidr: '10.20.0.0/16', reason: 'The CRM lives here.' }, fields: ['cidr', 'reason'] },
];

function withBad(valid: Record<string, unknown>, field: string, bad: string): Record<string, unknown> {
  const [top, sub] = field.split('.') as [string, string | undefined];
  if (sub) return { ...valid, [top]: { ...(valid[top] as Record<string, string>), [sub]: `${(valid[top] as Record<string, string>)[sub]}${bad}x` } };
  const v = valid[top] as string;
  // In the middle, where trimming cannot hide it.
  return { ...valid, [top]: `${v.slice(0, 2)}${bad}${v.slice(2)}` };
}

describe.each(CASES)('the $form form', ({ schema, valid, fields }) => {
  it('accepts the valid input', () => {
    expect(schema.safeParse(valid).success).toBe(true);
  });

  it.each(fields.flatMap((f) => BAD.map((b) => [f, b.charCodeAt(0).toString(16).padStart(4, '0'), b] as const)))('refuses %s with U+%s, on that field', (field, _code, bad) => {
    const r = schema.safeParse(withBad(valid, field, bad));
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path[0]);
    expect(paths).toContain(field.split('.')[0]);
  });
});

describe('the rule', () => {
  it('allows tab and line breaks, refuses the rest of C0 and DEL', () => {
    for (let c = 0; c < 0x20; c++) expect(hasNoControlCharacters(String.fromCharCode(c))).toBe(c === 9 || c === 10 || c === 13);
    expect(CONTROL_CHARACTERS.test('\u007f')).toBe(true);
    expect(hasNoControlCharacters('Añasco — ñ ü 日本 😀')).toBe(true);
  });
});
