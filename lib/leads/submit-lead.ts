/**
 * The lead form's whole server-side flow, framework-free: honeypot, size cap, zod, then
 * createLead. The server action in app/ only adapts the request to this and redirects.
 */
import type { Db } from '../../db/client';
import { wakeAfterCommit } from '../delivery/wake';
import { env } from '../env';
import { hashKey } from '../rate-limit';
import { createLead, type CreateLeadOptions } from './create-lead';
import type { LeadFormState } from './form-state';
import { HONEYPOT_FIELD, fieldErrorsOf, leadInputFromFormData, leadSchema } from './lead-schema';

/** Bigger than any honest form (all fields at their limits fit in ~6 KiB). */
export const LEAD_BODY_LIMIT = 32 * 1024;

export type SubmitLeadOutcome =
  | { kind: 'created'; reference: string; leadId: string }
  | { kind: 'honeypot' }
  | { kind: 'rejected'; state: LeadFormState };

function typedValues(form: FormData): Record<string, string | string[] | boolean> {
  const raw = leadInputFromFormData(form);
  const out: Record<string, string | string[] | boolean> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (typeof v === 'string' || typeof v === 'boolean') out[k] = typeof v === 'string' ? v.slice(0, 2000) : v;
    else if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === 'string').slice(0, 50);
  }
  return out;
}

function formSize(form: FormData): number {
  let n = 0;
  for (const [k, v] of form.entries()) n += k.length + (typeof v === 'string' ? Buffer.byteLength(v) : v.size);
  return n;
}

export async function submitLeadForm(
  db: Db,
  form: FormData,
  ctx: { clientIp: string; onPlanned?: CreateLeadOptions['onPlanned'] },
): Promise<SubmitLeadOutcome> {
  if (formSize(form) > LEAD_BODY_LIMIT) {
    return { kind: 'rejected', state: { status: 'invalid', fieldErrors: {}, formError: 'tooLarge', values: {} } };
  }
  const hp = form.get(HONEYPOT_FIELD);
  if (typeof hp === 'string' && hp.trim() !== '') return { kind: 'honeypot' };

  const values = typedValues(form);
  const parsed = leadSchema.safeParse(leadInputFromFormData(form));
  if (!parsed.success) {
    return { kind: 'rejected', state: { status: 'invalid', fieldErrors: fieldErrorsOf(parsed.error), values } };
  }
  const result = await createLead(db, parsed.data, {
    rateLimitKey: hashKey('ip', ctx.clientIp),
    rateLimitPerHour: env().LEAD_RATE_LIMIT_PER_HOUR,
    onPlanned: ctx.onPlanned,
  });
  if (result.ok) {
    await wakeAfterCommit(result.deliveries, { leadEventId: result.eventId });
    return { kind: 'created', reference: result.reference, leadId: result.leadId };
  }
  if (result.reason === 'rateLimited') {
    return { kind: 'rejected', state: { status: 'invalid', fieldErrors: {}, formError: 'rateLimited', values } };
  }
  return { kind: 'rejected', state: { status: 'invalid', fieldErrors: result.fieldErrors, values } };
}
