/**
 * Property-based fuzzing of the two forms strangers and department admins type into most (issue
 * 10): the public lead form's and the webhook form's server actions, called as Next calls them,
 * on a real database. Over 10,000 generated submissions each, mixing valid values with
 * arbitrary Unicode, control characters, lone surrogates, huge and empty strings, repeated and
 * missing fields: the answer is always a success or field errors with a specific message,
 * never the generic server error (a 500 for the person typing) and never an exception.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createWebhookAction } from '../../app/actions/dashboard/webhooks/create-webhook';
import { submitLead } from '../../app/actions/submit-lead';
import { db } from '../../db/client';
import { resetEnvCache } from '../../lib/env';
import { leadFieldErrorText } from '../../lib/i18n/lead-errors';
import { getMessages } from '../../lib/i18n/messages';
import { type LeadField } from '../../lib/leads/lead-schema';
import { MUNICIPALITIES } from '../../lib/leads/municipalities';
import { stopDeliveryNotifications } from '../../lib/realtime/delivery-notifications';
import { RedirectSignal, signInAs } from '../authz/harness';
import { buildWorld, type World } from '../personas';

vi.mock('../../lib/auth/session', async () => {
  const h = await import('../authz/harness');
  return { getViewer: h.currentViewer };
});
vi.mock('next/cache', async () => (await import('../authz/harness')).nextCacheMock());
vi.mock('next/headers', async () => (await import('../authz/harness')).nextHeadersMock());
vi.mock('next/navigation', async (importOriginal) => (await import('../authz/harness')).nextNavigationMock(await importOriginal()));

const RUNS = 10_000;
let world: World;
let programId = '';

beforeAll(async () => {
  process.env.PUENTE_ENGINE = 'off';
  process.env.PUENTE_ALLOW_PRIVATE_WEBHOOKS = '0';
  process.env.LEAD_RATE_LIMIT_PER_HOUR = '1000000';
  resetEnvCache();
  world = await buildWorld();
  const [p] = await db.query.programs.findMany({ where: (t, { eq }) => eq(t.departmentId, world.a.id), limit: 1 });
  programId = p!.id;
});
afterAll(async () => {
  delete process.env.LEAD_RATE_LIMIT_PER_HOUR;
  resetEnvCache();
  await stopDeliveryNotifications();
});

// ------------------------------------------------------------------ generators

const CONTROL = fc.constantFrom('\u0000', '\u0001', '\u0007', '\u000b', '\u001b', '\u007f', '\r\n', '\t', '\u2028', '\ufeff', '\ud800', '\udfff');
/** Anything a person, a browser or a script might post in a text field. */
const anyText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.tuple(fc.string({ maxLength: 10 }), CONTROL, fc.string({ maxLength: 10 })).map(([a, c, b]) => a + c + b) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '   \n ', 'null', 'undefined', '[object Object]', '<script>alert(1)</script>', "'; drop table leads; --", '=HYPERLINK("x")') },
  { weight: 1, arbitrary: fc.nat({ max: 40_000 }).map((n) => 'x'.repeat(n)) },
);
/** A hostile field: arbitrary text, or a wrong-but-plausible value, missing, or posted twice. */
function hostile(wrong: fc.Arbitrary<string>): fc.Arbitrary<string[]> {
  return fc.oneof(
    { weight: 4, arbitrary: anyText.map((v) => [v]) },
    { weight: 2, arbitrary: wrong.map((v) => [v]) },
    { weight: 1, arbitrary: fc.constant<string[]>([]) },
    { weight: 1, arbitrary: fc.tuple(anyText, anyText).map(([a, b]) => [a, b]) },
  );
}

const one = (...values: string[]) => fc.constantFrom(...values).map((v) => [v]);

/**
 * A submission that starts valid and has up to four of its fields replaced by hostile ones, so
 * both the success path and every refusal path are exercised, alone and together.
 */
function mutated<K extends string>(valid: Record<K, fc.Arbitrary<string[]>>, wrong: Record<K, fc.Arbitrary<string>>): fc.Arbitrary<Record<K, string[]>> {
  const keys = Object.keys(valid) as K[];
  const bad = Object.fromEntries(keys.map((k) => [k, hostile(wrong[k])])) as Record<K, fc.Arbitrary<string[]>>;
  const record = (r: Record<K, fc.Arbitrary<string[]>>) => fc.record(r) as unknown as fc.Arbitrary<Record<K, string[]>>;
  return fc.tuple(record(valid), record(bad), fc.subarray(keys, { maxLength: 4 })).map(([v, h, replaced]) => {
    const out = { ...v };
    for (const k of replaced) out[k] = h[k];
    return out;
  });
}

function formOf(fields: Record<string, string[]>): FormData {
  const fd = new FormData();
  for (const [name, values] of Object.entries(fields)) for (const v of values) fd.append(name, v);
  return fd;
}

const leadForm = mutated(
  {
    name: one('Ana Pérez', 'José Ñeco', 'Lí'),
    email: one('ana@example.com', 'jose.neco@empresa.pr'),
    phone: one('787-555-0123', '(939) 555 0101', '+1 787 555 0199'),
    businessName: one('Café Ana', 'Taller El Coquí, LLC'),
    municipality: one(...MUNICIPALITIES.slice(0, 5)),
    businessStage: one('idea', 'new', 'established', 'expanding'),
    sector: one('food', 'tourism', 'other'),
    message: one('', 'Quisiera más información.', '=1+1'),
    programIds: one('__program__'),
    consent: one('on', 'true'),
    locale: one('es', 'en'),
    website: fc.constant([] as string[]),
  },
  {
    name: fc.constantFrom('A', ' '),
    email: fc.constantFrom('no-at-sign', 'a@', '@b.c'),
    phone: fc.constantFrom('123', 'call me'),
    businessName: fc.constantFrom(' ', 'x'.repeat(161)),
    municipality: fc.constantFrom('Atlantis', 'san juan'),
    businessStage: fc.constantFrom('unicorn'),
    sector: fc.constantFrom('crypto'),
    message: fc.constantFrom('y'.repeat(1001)),
    programIds: fc.oneof(fc.uuid(), fc.constant('not-a-uuid')),
    consent: fc.constantFrom('off', 'no', ''),
    locale: fc.constantFrom('fr', ''),
    website: fc.constantFrom('https://spam.example'),
  },
);

const webhookForm = fc.tuple(
  mutated(
    {
      url: one('https://crm.example.gov/hook', 'https://93.184.216.34/x', 'https://hooks.example.com/puente?key=1'),
      description: one('', 'CRM de ventas'),
      contentType: one('json', 'form'),
      verification: one('signature', 'token'),
      secret: one('', 'whsec_' + Buffer.alloc(32, 1).toString('base64')),
      eventsMode: one('lead', 'all'),
      programsMode: one('all'),
      sslVerify: one('on', ''),
      ordered: one('on', ''),
      active: one('on', ''),
      maxInFlight: one('', '5', '100'),
    },
    {
      url: fc.constantFrom('http://10.0.0.1/', 'ftp://x', 'https://[::1]/', 'https://169.254.169.254/', 'https://a', 'https://user:pw@x.example/'),
      description: fc.constantFrom('d'.repeat(201)),
      contentType: fc.constantFrom('xml'),
      verification: fc.constantFrom('none'),
      secret: fc.constantFrom('whsec_short', 'not-a-secret'),
      eventsMode: fc.constantFrom('custom', 'weird'),
      programsMode: fc.constantFrom('chosen'),
      sslVerify: fc.constantFrom('yes'),
      ordered: fc.constantFrom('1'),
      active: fc.constantFrom('off'),
      maxInFlight: fc.constantFrom('0', '101', '1e3', '-1', '5.5'),
    },
  ),
  fc.array(fc.oneof(fc.constantFrom('lead.created', 'ping', '*'), anyText), { maxLength: 3 }),
  fc.array(fc.oneof(fc.uuid(), anyText), { maxLength: 3 }),
  fc.array(
    fc.tuple(
      fc.nat({ max: 12 }),
      fc.oneof(fc.constantFrom('X-Team', 'X-Functions-Key', 'Ocp-Apim-Subscription-Key'), fc.constantFrom('Trailer', 'Host', 'bad name', 'webhook-id'), anyText),
      fc.oneof(fc.constantFrom('ventas', 'k3y'), anyText),
    ),
    { maxLength: 3 },
  ),
);

// ------------------------------------------------------------------ properties

describe('the public lead form, fuzzed', () => {
  it(`answers ${RUNS.toLocaleString('en-US')} generated submissions with a lead or specific field errors, never a server error`, async () => {
    const m = getMessages('en');
    let created = 0;
    await fc.assert(
      fc.asyncProperty(leadForm, async (f) => {
        const fields: Record<string, string[]> = { ...f, programIds: f.programIds.map((id) => (id === '__program__' ? programId : id)) };
        let state;
        try {
          state = await submitLead({ status: 'idle' }, formOf(fields));
        } catch (e) {
          if (e instanceof RedirectSignal && /^\/confirmacion\/[A-Z0-9-]+$/.test(e.url)) {
            created++;
            return;
          }
          throw e;
        }
        expect(state.status).toBe('invalid');
        if (state.status !== 'invalid') return;
        expect(state.formError).not.toBe('server');
        if (state.formError) {
          expect(['tooLarge', 'rateLimited']).toContain(state.formError);
          return;
        }
        const errors = Object.entries(state.fieldErrors);
        expect(errors.length).toBeGreaterThan(0);
        for (const [name, key] of errors) expect(leadFieldErrorText(m, name as LeadField, key!), `${name}: ${key}`).not.toBe(m.errors.invalid);
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) },
    );
    // The generators reach the success path too, not only refusals.
    expect(created).toBeGreaterThan(RUNS / 100);
  }, 600_000);
});

describe('the webhook form, fuzzed', () => {
  it(`answers ${RUNS.toLocaleString('en-US')} generated submissions with a webhook or field errors, never a server error`, async () => {
    signInAs(world, 'adminA');
    const dept = (await db.query.departments.findFirst({ where: (t, { eq }) => eq(t.id, world.a.id) }))!.slug;
    let created = 0;
    await fc.assert(
      fc.asyncProperty(webhookForm, async ([f, events, programIds, headers]) => {
        const fields: Record<string, string[]> = { ...f, dept: [dept], ...(events.length > 0 ? { events } : {}), ...(programIds.length > 0 ? { programIds } : {}) };
        for (const [n, name, value] of headers) {
          fields[`header.${n}.name`] = [name];
          fields[`header.${n}.value`] = [value];
        }
        const r = await createWebhookAction({ status: 'idle' }, formOf(fields));
        if (r.status === 'ok') {
          created++;
          return;
        }
        if (r.status !== 'error') throw new Error(`unexpected status ${r.status}`);
        expect(r.error, r.message).toBe('invalid');
        const errors = Object.entries(r.fieldErrors ?? {});
        expect(errors.length).toBeGreaterThan(0);
        for (const [, message] of errors) expect(message).toMatch(/\S/);
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) },
    );
    expect(created).toBeGreaterThan(RUNS / 100);
  }, 600_000);
});
