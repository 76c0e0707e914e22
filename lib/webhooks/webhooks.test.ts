import { and, eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db, rawSql } from '../../db/client';
import { auditLog, deliveries, webhookPrograms, webhooks } from '../../db/schema';
import { leadInput, makeDepartment, makeProgram } from '../../test/factories';
import { resetEnvCache } from '../env';
import { invalidateSsrfOptions } from '../delivery/ssrf-policy';
import { createLead } from '../leads/create-lead';
import { createWebhook } from './create-webhook';
import { sendPing } from './send-ping';
import { deleteWebhook, setWebhookEnabled, updateWebhook } from './update-webhook';
import { webhookFieldErrors, webhookInputSchema } from './webhook-schema';
import { revealWebhookSecret, rotateWebhookSecret } from './webhook-secrets';

const actor = { userId: null, email: 'staff@example.com', ip: '203.0.113.7' };

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

async function auditCount(action: string, targetId: string) {
  return (await db.select().from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.targetId, targetId)))).length;
}

describe('creating a webhook', () => {
  it('generates a secret, stores only its ciphertext, audits, and plans a ping', async () => {
    const dep = await makeDepartment();
    const r = await createWebhook(db, dep.id, { url: 'https://crm.example.gov.pr/hooks/puente' }, actor);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const [row] = await db.select().from(webhooks).where(eq(webhooks.id, r.webhook.id));
    expect(row!.secretCiphertext).not.toContain(r.secret.slice(6));
    expect(row!.events).toEqual(['lead.created']);
    const [ping] = await db.select().from(deliveries).where(eq(deliveries.id, r.pingDeliveryId));
    expect(ping).toMatchObject({ eventType: 'ping', webhookId: r.webhook.id, status: 'pending' });
    expect(await auditCount('webhook.created', r.webhook.id)).toBe(1);
  });

  it.each([
    [{ url: '' }, 'url', 'required'],
    [{ url: 'ftp://example.com/x' }, 'url', /http and https/],
    [{ url: 'http://user:pw@example.com/' }, 'url', /user name or password/],
    [{ url: 'http://10.0.0.5/hook' }, 'url', /not allowed/],
    [{ url: 'http://localhost:8080/hook' }, 'url', /local host/],
    [{ url: 'https://ok.example.com', secret: 'not-a-secret' }, 'secret', 'invalidSecret'],
    [{ url: 'https://ok.example.com', events: [] }, 'events', 'chooseEvent'],
    [{ url: 'https://ok.example.com', customHeaders: { 'X-Hub-Signature-256': 'x' } }, 'customHeaders', 'reservedHeader'],
    [{ url: 'https://ok.example.com', customHeaders: { 'X-Ok': 'a\r\nInjected: 1' } }, 'customHeaders', 'invalidHeaderValue'],
    [{ url: 'https://ok.example.com', customHeaders: { Trailer: 'X-Checksum' } }, 'customHeaders', 'connectionHeader'],
    [{ url: 'https://ok.example.com', customHeaders: { 'Proxy-Authorization': 'Basic x' } }, 'customHeaders', 'connectionHeader'],
    [{ url: 'https://ok.example.com', customHeaders: { TE: 'trailers' } }, 'customHeaders', 'connectionHeader'],
    [{ url: 'https://ok.example.com', customHeaders: { Connection: 'close' } }, 'customHeaders', 'connectionHeader'],
    [{ url: 'https://ok.example.com', allPrograms: false, programIds: [] }, 'programIds', 'chooseProgram'],
  ])('refuses %j with a reason on the field', async (input, field, reason) => {
    const dep = await makeDepartment();
    const r = await createWebhook(db, dep.id, input, actor);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const message = (r.fieldErrors as Record<string, string>)[field];
    if (typeof reason === 'string') expect(message).toBe(reason);
    else expect(message).toMatch(reason);
    expect(await db.select().from(webhooks)).toHaveLength(0);
  });

  it("refuses another department's programs", async () => {
    const mine = await makeDepartment();
    const other = await makeDepartment();
    const theirs = await makeProgram(other.id);
    const r = await createWebhook(db, mine.id, { url: 'https://ok.example.com', allPrograms: false, programIds: [theirs.id] }, actor);
    expect(r).toMatchObject({ ok: false, fieldErrors: { programIds: 'programUnavailable' } });
  });

  it('covers only the chosen programs', async () => {
    const dep = await makeDepartment();
    const [a, b] = [await makeProgram(dep.id), await makeProgram(dep.id)];
    const r = await createWebhook(db, dep.id, { url: 'https://ok.example.com', allPrograms: false, programIds: [a.id] }, actor);
    expect(r.ok).toBe(true);
    expect((await createLead(db, leadInput([b.id]))).ok).toBe(true);
    expect(await db.select().from(deliveries).where(eq(deliveries.eventType, 'lead.created'))).toHaveLength(0);
    await createLead(db, leadInput([a.id, b.id]));
    expect(await db.select().from(deliveries).where(eq(deliveries.eventType, 'lead.created'))).toHaveLength(1);
  });
});

describe('maximum requests in flight', () => {
  const base = { url: 'https://ok.example.com' };

  it.each([
    [undefined, null],
    [null, null],
    [1, 1],
    [25, 25],
    [100, 100],
  ])('accepts %j (stored as %j; null is the platform default)', (value, stored) => {
    const r = webhookInputSchema.safeParse(value === undefined ? base : { ...base, maxInFlight: value });
    expect(r.success).toBe(true);
    if (r.success) expect(r.data.maxInFlight).toBe(stored);
  });

  it.each([0, -3, 101, 1000, 2.5, Number.NaN, '10', 'ten', true])('refuses %j with a reason on the field', (value) => {
    const r = webhookInputSchema.safeParse({ ...base, maxInFlight: value });
    expect(r.success).toBe(false);
    if (!r.success) expect(webhookFieldErrors(r.error)).toEqual({ maxInFlight: 'maxInFlightRange' });
  });

  it('is saved on create, changed and cleared on edit, and refused out of range', async () => {
    const dep = await makeDepartment();
    const r = await createWebhook(db, dep.id, { ...base, maxInFlight: 3 }, actor);
    if (!r.ok) throw new Error('setup');
    expect(r.webhook.maxInFlight).toBe(3);
    const stored = async () => (await db.select({ m: webhooks.maxInFlight }).from(webhooks).where(eq(webhooks.id, r.webhook.id)))[0]!.m;

    expect(await updateWebhook(db, dep.id, r.webhook.id, { ...base, maxInFlight: 40 }, actor)).toEqual({ ok: true });
    expect(await stored()).toBe(40);
    expect(await updateWebhook(db, dep.id, r.webhook.id, { ...base, maxInFlight: null }, actor)).toEqual({ ok: true });
    expect(await stored()).toBeNull();

    const refused = await updateWebhook(db, dep.id, r.webhook.id, { ...base, maxInFlight: 101 }, actor);
    expect(refused).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { maxInFlight: 'maxInFlightRange' } });
    expect(await stored()).toBeNull();
    const notCreated = await createWebhook(db, dep.id, { ...base, maxInFlight: 0 }, actor);
    expect(notCreated).toMatchObject({ ok: false, fieldErrors: { maxInFlight: 'maxInFlightRange' } });
  });
});

describe('department isolation', () => {
  it('answers notFound for every act on another department’s webhook, and changes nothing', async () => {
    const owner = await makeDepartment();
    const intruder = await makeDepartment();
    const r = await createWebhook(db, owner.id, { url: 'https://ok.example.com' }, actor);
    if (!r.ok) throw new Error('setup');
    const id = r.webhook.id;
    expect(await revealWebhookSecret(db, intruder.id, id, actor)).toEqual({ ok: false, error: 'notFound' });
    expect(await rotateWebhookSecret(db, intruder.id, id, actor)).toEqual({ ok: false, error: 'notFound' });
    expect(await sendPing(db, intruder.id, id, actor)).toEqual({ ok: false, error: 'notFound' });
    expect(await setWebhookEnabled(db, intruder.id, id, false, actor)).toEqual({ ok: false, error: 'notFound' });
    expect(await updateWebhook(db, intruder.id, id, { url: 'https://evil.example.com' }, actor)).toEqual({ ok: false, error: 'notFound' });
    expect(await deleteWebhook(db, intruder.id, id, actor)).toEqual({ ok: false, error: 'notFound' });
    const [row] = await db.select().from(webhooks).where(eq(webhooks.id, id));
    expect(row).toMatchObject({ url: 'https://ok.example.com', active: true, secretCiphertext: r.webhook.secretCiphertext });
  });
});

describe('managing a webhook', () => {
  it('reveals the secret to its department, audited each time', async () => {
    const dep = await makeDepartment();
    const r = await createWebhook(db, dep.id, { url: 'https://ok.example.com' }, actor);
    if (!r.ok) throw new Error('setup');
    expect(await revealWebhookSecret(db, dep.id, r.webhook.id, actor)).toEqual({ ok: true, secret: r.secret });
    await revealWebhookSecret(db, dep.id, r.webhook.id, actor);
    expect(await auditCount('webhook.secret_revealed', r.webhook.id)).toBe(2);
  });

  it('edits fields and program coverage, keeping the secret unless a new one is typed', async () => {
    const dep = await makeDepartment();
    const p = await makeProgram(dep.id);
    const r = await createWebhook(db, dep.id, { url: 'https://ok.example.com' }, actor);
    if (!r.ok) throw new Error('setup');
    const u = await updateWebhook(db, dep.id, r.webhook.id, { url: 'https://new.example.com/h', contentType: 'form', events: ['*'], allPrograms: false, programIds: [p.id] }, actor);
    expect(u).toEqual({ ok: true });
    const [row] = await db.select().from(webhooks).where(eq(webhooks.id, r.webhook.id));
    expect(row).toMatchObject({ url: 'https://new.example.com/h', contentType: 'form', events: ['*'], allPrograms: false, secretCiphertext: r.webhook.secretCiphertext });
    expect(await db.select().from(webhookPrograms)).toEqual([{ webhookId: r.webhook.id, programId: p.id }]);
    expect(await auditCount('webhook.updated', r.webhook.id)).toBe(1);
  });

  it('re-enabling a webhook disabled by failures clears the reason and resumes held deliveries', async () => {
    const dep = await makeDepartment();
    const p = await makeProgram(dep.id);
    const r = await createWebhook(db, dep.id, { url: 'https://ok.example.com' }, actor);
    if (!r.ok) throw new Error('setup');
    await createLead(db, leadInput([p.id]));
    await db.update(webhooks).set({ disabledAt: new Date(), disabledReason: 'The receiver answered 410 Gone.', failingSince: new Date() });
    await db.update(deliveries).set({ status: 'held' });
    const res = await setWebhookEnabled(db, dep.id, r.webhook.id, true, actor);
    expect(res).toEqual({ ok: true, resumed: 2 }); // the ping and the lead
    const [row] = await db.select().from(webhooks).where(eq(webhooks.id, r.webhook.id));
    expect(row).toMatchObject({ disabledAt: null, disabledReason: null, failingSince: null, active: true });
    expect((await db.select().from(deliveries)).every((d) => d.status === 'pending')).toBe(true);
  });

  it('enabling a webhook whose circuit breaker is open probes it now instead of at the next scheduled probe', async () => {
    const dep = await makeDepartment();
    const r = await createWebhook(db, dep.id, { url: 'https://ok.example.com' }, actor);
    if (!r.ok) throw new Error('setup');
    const later = new Date(Date.now() + 600_000);
    await db.update(webhooks).set({ active: false, consecutiveFailures: 5, coolingSince: new Date(), nextProbeAt: later });
    const before = Date.now();
    expect(await setWebhookEnabled(db, dep.id, r.webhook.id, true, actor)).toMatchObject({ ok: true });
    const [row] = await db.select().from(webhooks).where(eq(webhooks.id, r.webhook.id));
    expect(row!.nextProbeAt!.getTime()).toBeLessThanOrEqual(Date.now());
    expect(row!.nextProbeAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(row!.consecutiveFailures).toBe(5); // the probe decides; until then one request at a time
  });

  it('deletes a webhook with its deliveries, and says so in the audit log', async () => {
    const dep = await makeDepartment();
    const r = await createWebhook(db, dep.id, { url: 'https://ok.example.com' }, actor);
    if (!r.ok) throw new Error('setup');
    expect(await deleteWebhook(db, dep.id, r.webhook.id, actor)).toEqual({ ok: true });
    expect(await db.select().from(webhooks)).toHaveLength(0);
    expect(await db.select().from(deliveries)).toHaveLength(0);
    expect(await auditCount('webhook.deleted', r.webhook.id)).toBe(1);
  });
});

describe('the audit log', () => {
  it('cannot be edited or deleted, even by the app’s own database role', async () => {
    const dep = await makeDepartment();
    await createWebhook(db, dep.id, { url: 'https://ok.example.com' }, actor);
    await expect(rawSql()`update audit_log set action = 'forged'`).rejects.toThrow(/append-only/);
    await expect(rawSql()`delete from audit_log`).rejects.toThrow(/append-only/);
    await expect(rawSql()`truncate audit_log`).rejects.toThrow(/append-only/);
  });
});
