import { and, eq, inArray } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db, rawSql } from '../../db/client';
import { auditLog, programKind, programs, webhookPrograms, webhooks } from '../../db/schema';
import { makeDepartment, makeProgram } from '../../test/factories';
import { invalidateSsrfOptions } from '../delivery/ssrf-policy';
import { resetEnvCache } from '../env';
import { createProgram } from './create-program';
import { createProgramWithWebhook } from './create-program-with-webhook';
import { PROGRAM_KINDS, programInputSchema, programValuesFromFormData } from './program-schema';
import { setProgramStatus } from './set-program-status';
import { slugifyTitle } from './slugify-title';
import { updateProgram } from './update-program';

const actor = { userId: null, email: 'admin@dep.test', ip: '203.0.113.7' };

const valid = {
  titleEs: 'Préstamo Impulso PyME',
  titleEn: 'SME Boost Loan',
  summaryEs: 'Préstamos para capital de trabajo.',
  summaryEn: 'Loans for working capital.',
  descriptionEs: 'Una descripción completa del programa.',
  descriptionEn: 'A full description of the program.',
  kind: 'financing',
};

beforeAll(() => {
  process.env.PUENTE_ALLOW_PRIVATE_WEBHOOKS = '0';
  process.env.PUENTE_ENGINE = 'off';
  resetEnvCache();
  invalidateSsrfOptions();
});
// audit_log is append-only (it refuses TRUNCATE); tests count entries by their own target ids.
beforeEach(async () => {
  await rawSql()`truncate leads, events, deliveries, webhooks, programs, departments cascade`;
});

async function audits(targetId: string) {
  return db.select().from(auditLog).where(eq(auditLog.targetId, targetId));
}

describe('the program schema', () => {
  it('offers exactly the kinds the database accepts', () => {
    expect([...PROGRAM_KINDS]).toEqual(programKind.enumValues);
  });

  it.each([
    ['titleEs', 'ab', 'tooShort'],
    ['titleEn', 'x'.repeat(161), 'tooLong'],
    ['summaryEs', 'short', 'tooShort'],
    ['summaryEn', 'x'.repeat(401), 'tooLong'],
    ['descriptionEs', '   ', 'required'],
    ['descriptionEn', 'x'.repeat(5001), 'tooLong'],
    ['kind', 'lottery', 'chooseKind'],
    ['kind', '', 'chooseKind'],
  ])('refuses %s = %j with a message key', (field, value, message) => {
    const r = programInputSchema.safeParse({ ...valid, [field]: value });
    expect(r.success).toBe(false);
    expect(r.error?.issues.find((i) => i.path[0] === field)?.message).toBe(message);
  });

  it('trims and accepts the limits themselves', () => {
    const r = programInputSchema.safeParse({ ...valid, titleEs: '  abc  ', titleEn: 'x'.repeat(160), descriptionEn: 'y'.repeat(5000) });
    expect(r.success).toBe(true);
    expect(r.data?.titleEs).toBe('abc');
  });

  it('reads form data, ignoring files and unknown fields', () => {
    const f = new FormData();
    f.set('titleEs', 'Hola');
    f.set('kind', new Blob(['x']));
    f.set('departmentId', 'nope');
    expect(programValuesFromFormData(f)).toMatchObject({ titleEs: 'Hola', kind: '', titleEn: '' });
  });
});

describe('slugifyTitle', () => {
  it.each([
    ['Préstamo Impulso PyME', 'prestamo-impulso-pyme'],
    ['  Año nuevo: ¡Señal & acción!  ', 'ano-nuevo-senal-accion'],
    ['¿¿??', 'programa'],
    ['<script>alert(1)</script>', 'script-alert-1-script'],
  ])('%j → %j', (title, slug) => {
    expect(slugifyTitle(title)).toBe(slug);
  });

  it('stays short and never ends in a dash', () => {
    const s = slugifyTitle(`${'palabra '.repeat(40)}`);
    expect(s.length).toBeLessThanOrEqual(80);
    expect(s).toMatch(/^[a-z0-9][a-z0-9-]*[a-z0-9]$/);
  });
});

describe('createProgram', () => {
  it('creates an open program with a slug from the Spanish title, audited', async () => {
    const dep = await makeDepartment();
    const r = await createProgram(db, dep.id, valid, actor);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.program).toMatchObject({ departmentId: dep.id, slug: 'prestamo-impulso-pyme', status: 'open', kind: 'financing', titleEn: 'SME Boost Loan' });
    const entries = await audits(r.program.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'program.created', departmentId: dep.id, actorEmail: 'admin@dep.test', targetType: 'program' });
  });

  it('adds a suffix when the slug is taken, in any department', async () => {
    const a = await makeDepartment();
    const b = await makeDepartment();
    await makeProgram(a.id, { slug: 'prestamo-impulso-pyme' });
    await makeProgram(a.id, { slug: 'prestamo-impulso-pyme-2' });
    const r = await createProgram(db, b.id, valid, actor);
    expect(r.ok && r.program.slug).toBe('prestamo-impulso-pyme-3');
  });

  it('gives concurrent creates of the same title distinct slugs', async () => {
    const dep = await makeDepartment();
    const results = await Promise.all(Array.from({ length: 4 }, () => createProgram(db, dep.id, valid, actor)));
    const slugs = results.map((r) => (r.ok ? r.program.slug : null));
    expect(new Set(slugs).size).toBe(4);
    expect(slugs).toContain('prestamo-impulso-pyme');
  });

  it('writes nothing when the input is invalid', async () => {
    const dep = await makeDepartment();
    const r = await createProgram(db, dep.id, { ...valid, titleEs: 'x', kind: 'nope' }, actor);
    expect(r).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { titleEs: 'tooShort', kind: 'chooseKind' } });
    expect(await db.select().from(programs)).toHaveLength(0);
  });
});

describe('createProgramWithWebhook', () => {
  it('without a URL creates just the program', async () => {
    const dep = await makeDepartment();
    const r = await createProgramWithWebhook(db, dep.id, { ...valid, webhookUrl: '  ', webhookSecret: '' }, actor);
    expect(r).toMatchObject({ ok: true, webhook: null });
    expect(await db.select().from(webhooks)).toHaveLength(0);
  });

  it('creates a webhook covering only the new program, and returns its generated secret once', async () => {
    const dep = await makeDepartment();
    const other = await makeProgram(dep.id);
    const r = await createProgramWithWebhook(db, dep.id, { ...valid, webhookUrl: 'https://crm.example.gov.pr/hooks/new', webhookSecret: '' }, actor);
    expect(r.ok).toBe(true);
    if (!r.ok || !r.webhook) throw new Error('expected a webhook');
    expect(r.webhook.secret).toMatch(/^whsec_/);
    const [hook] = await db.select().from(webhooks).where(eq(webhooks.id, r.webhook.id));
    expect(hook).toMatchObject({ departmentId: dep.id, allPrograms: false, url: 'https://crm.example.gov.pr/hooks/new' });
    expect(hook!.secretCiphertext).not.toContain(r.webhook.secret);
    const covered = await db.select().from(webhookPrograms).where(eq(webhookPrograms.webhookId, r.webhook.id));
    expect(covered.map((c) => c.programId)).toEqual([r.program.id]);
    expect(covered.map((c) => c.programId)).not.toContain(other.id);
    const actions = (await db.select().from(auditLog).where(inArray(auditLog.targetId, [r.program.id, r.webhook.id]))).map((e) => e.action).sort();
    expect(actions).toEqual(['program.created', 'webhook.created']);
  });

  it('uses the secret typed in', async () => {
    const dep = await makeDepartment();
    const secret = `whsec_${Buffer.alloc(32, 1).toString('base64')}`;
    const r = await createProgramWithWebhook(db, dep.id, { ...valid, webhookUrl: 'https://crm.example.gov.pr/h', webhookSecret: secret }, actor);
    expect(r.ok && r.webhook?.secret).toBe(secret);
  });

  it.each([
    [{ webhookUrl: 'http://10.0.0.5/hook' }, 'webhookUrl', /^address not allowed/],
    [{ webhookUrl: 'ftp://example.com/x' }, 'webhookUrl', 'only http and https URLs are allowed'],
    [{ webhookUrl: 'not a url' }, 'webhookUrl', 'not a valid URL'],
    [{ webhookUrl: 'https://ok.example.com', webhookSecret: 'not-a-secret' }, 'webhookSecret', 'invalidSecret'],
    [{ webhookUrl: '', webhookSecret: 'whsec_x' }, 'webhookUrl', 'urlOrClearSecret'],
  ])('refuses %j and creates nothing (no orphan program)', async (extra, field, message) => {
    const dep = await makeDepartment();
    const r = await createProgramWithWebhook(db, dep.id, { ...valid, ...extra }, actor);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const got = r.fieldErrors[field];
    if (typeof message === 'string') expect(got).toBe(message);
    else expect(got).toMatch(message);
    expect(await db.select().from(programs)).toHaveLength(0);
    expect(await db.select().from(webhooks)).toHaveLength(0);
  });

  it('reports program and webhook errors together', async () => {
    const dep = await makeDepartment();
    const r = await createProgramWithWebhook(db, dep.id, { ...valid, summaryEn: 'short', webhookUrl: 'http://localhost:1/x' }, actor);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.fieldErrors).sort()).toEqual(['summaryEn', 'webhookUrl']);
    expect(await db.select().from(programs)).toHaveLength(0);
  });
});

describe('updateProgram', () => {
  it('changes the fields, keeps the slug and status, and audits what changed', async () => {
    const dep = await makeDepartment();
    const p = await makeProgram(dep.id, { slug: 'keep-me', status: 'closed' });
    const r = await updateProgram(db, dep.id, p.id, { ...valid, kind: 'education' }, actor);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.program).toMatchObject({ slug: 'keep-me', status: 'closed', kind: 'education', titleEs: valid.titleEs });
    expect(r.changed).toEqual(expect.arrayContaining(['titleEs', 'kind']));
    const entries = await audits(p.id);
    expect(entries.map((e) => e.action)).toEqual(['program.updated']);
    expect(entries[0]!.details).toMatchObject({ changed: r.changed });
  });

  it('writes no audit entry when nothing changed', async () => {
    const dep = await makeDepartment();
    const created = await createProgram(db, dep.id, valid, actor);
    if (!created.ok) throw new Error('setup');
    const r = await updateProgram(db, dep.id, created.program.id, valid, actor);
    expect(r).toMatchObject({ ok: true, changed: [] });
    expect((await audits(created.program.id)).map((e) => e.action)).toEqual(['program.created']);
  });

  it("answers notFound for another department's program and leaves it alone", async () => {
    const mine = await makeDepartment();
    const other = await makeDepartment();
    const theirs = await makeProgram(other.id);
    expect(await updateProgram(db, mine.id, theirs.id, valid, actor)).toEqual({ ok: false, error: 'notFound' });
    const [row] = await db.select().from(programs).where(eq(programs.id, theirs.id));
    expect(row!.titleEs).toBe(theirs.titleEs);
    expect(await audits(theirs.id)).toHaveLength(0);
  });

  it('answers notFound for a malformed or unknown id, invalid for bad input', async () => {
    const dep = await makeDepartment();
    const p = await makeProgram(dep.id);
    expect(await updateProgram(db, dep.id, 'nope', valid, actor)).toEqual({ ok: false, error: 'notFound' });
    expect(await updateProgram(db, dep.id, '00000000-0000-4000-8000-000000000000', valid, actor)).toEqual({ ok: false, error: 'notFound' });
    expect(await updateProgram(db, dep.id, p.id, { ...valid, titleEn: '' }, actor)).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { titleEn: 'required' } });
  });
});

describe('setProgramStatus', () => {
  it('closes and reopens, each audited', async () => {
    const dep = await makeDepartment();
    const p = await makeProgram(dep.id);
    expect(await setProgramStatus(db, dep.id, p.id, 'closed', actor)).toMatchObject({ ok: true, status: 'closed', changed: true });
    expect(await setProgramStatus(db, dep.id, p.id, 'closed', actor)).toMatchObject({ ok: true, status: 'closed', changed: false });
    expect(await setProgramStatus(db, dep.id, p.id, 'open', actor)).toMatchObject({ ok: true, status: 'open', changed: true });
    const entries = await db.select().from(auditLog).where(and(eq(auditLog.targetId, p.id)));
    expect(entries.map((e) => e.action)).toEqual(['program.closed', 'program.reopened']);
  });

  it("refuses another department's program, a bad id and a bad status", async () => {
    const mine = await makeDepartment();
    const other = await makeDepartment();
    const theirs = await makeProgram(other.id);
    expect(await setProgramStatus(db, mine.id, theirs.id, 'closed', actor)).toEqual({ ok: false, error: 'notFound' });
    expect(await setProgramStatus(db, mine.id, "1' or '1'='1", 'closed', actor)).toEqual({ ok: false, error: 'notFound' });
    expect(await setProgramStatus(db, other.id, theirs.id, 'deleted', actor)).toEqual({ ok: false, error: 'invalid' });
    const [row] = await db.select().from(programs).where(eq(programs.id, theirs.id));
    expect(row!.status).toBe('open');
  });
});
