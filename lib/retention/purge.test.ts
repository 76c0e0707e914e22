/**
 * The retention job against the real database, with real deliveries to a real receiver and a
 * test clock: old personal data goes, recent data and all delivery metadata stay.
 */
import { and, eq, gt, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db, rawSql } from '../../db/client';
import { getDeliveryDetail } from '../../db/queries/deliveries';
import { auditLog, deliveries, deliveryAttempts, events, leadPrograms, leads } from '../../db/schema';
import { leadInput, makeDepartment, makeProgram } from '../../test/factories';
import { startReceiver, type Receiver } from '../../test/receiver';
import { attemptDelivery } from '../delivery/attempt-delivery';
import { invalidateSsrfOptions } from '../delivery/ssrf-policy';
import { resetEnvCache } from '../env';
import { createLead } from '../leads/create-lead';
import { createWebhook } from '../webhooks/create-webhook';
import { redeliverDelivery } from '../webhooks/redeliver';
import { setWebhookEnabled } from '../webhooks/update-webhook';
import { planPing } from '../webhooks/send-ping';
import { purgeExpiredData, RETENTION_AUDIT_ACTION } from './purge';
import { scheduleDeliveries } from '../delivery/wake';

const DAY = 86_400_000;
const NOW = new Date();
const ago = (ms: number) => new Date(NOW.getTime() - ms);
const actor = { email: 'admin@example.com' };

let receiver: Receiver;
let status = 200;

beforeAll(async () => {
  process.env.PUENTE_ENGINE = 'off';
  process.env.PUENTE_ALLOW_PRIVATE_WEBHOOKS = '1';
  resetEnvCache();
  invalidateSsrfOptions();
  receiver = await startReceiver(() => ({ status, body: `{"seen":"Ana Pérez"}`, headers: { 'content-type': 'application/json' } }));
});
afterAll(async () => {
  await receiver.close();
});
beforeEach(async () => {
  await rawSql()`truncate leads, events, deliveries, webhooks, programs, departments cascade`;
  status = 200;
  const [last] = await rawSql()<{ id: string | null }[]>`select max(id)::text as id from audit_log`;
  auditStart = Number(last?.id ?? 0);
});

async function setup() {
  const dep = await makeDepartment();
  const program = await makeProgram(dep.id);
  const w = await createWebhook(db, dep.id, { url: `${receiver.url}/hook` }, actor);
  if (!w.ok) throw new Error('webhook');
  // The creation ping is recent: it must survive every run below.
  return { dep, program, webhookId: w.webhook.id, pingDeliveryId: w.pingDeliveryId };
}

/** A lead submitted at `at`, attempted once at that time against the receiver. */
async function leadAt(programId: string, at: Date, name = 'Ana Pérez') {
  const lead = await createLead(db, leadInput([programId], { name, email: 'ana@example.com' }), { now: at });
  if (!lead.ok) throw new Error('lead');
  for (const d of lead.deliveries) await attemptDelivery(d.id, { clock: () => at });
  return lead;
}

async function leadRow(id: string) {
  const [l] = await db.select().from(leads).where(eq(leads.id, id));
  return l!;
}

async function eventRow(id: string) {
  const [e] = await db.select().from(events).where(eq(events.id, id));
  return e!;
}

async function attemptsOf(eventId: string) {
  const ds = await db.select({ id: deliveries.id }).from(deliveries).where(eq(deliveries.eventId, eventId));
  return db
    .select()
    .from(deliveryAttempts)
    .where(
      inArray(
        deliveryAttempts.deliveryId,
        ds.map((d) => d.id),
      ),
    );
}

// audit_log is append-only (it refuses TRUNCATE): each test looks only at entries after its start.
let auditStart = 0;
async function retentionEntries() {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, RETENTION_AUDIT_ACTION), gt(auditLog.id, auditStart)))
    .orderBy(auditLog.id);
}

describe('purgeExpiredData', () => {
  it('anonymises old leads and removes old payloads and bodies, keeps recent data and every piece of metadata', async () => {
    const { program, pingDeliveryId } = await setup();
    const old = await leadAt(program.id, ago(40 * DAY), 'Old Delivered');
    const recent = await leadAt(program.id, ago(10 * DAY), 'Recent Person');
    const justInside = await leadAt(program.id, ago(30 * DAY - 60_000), 'Just Inside');
    const justOutside = await leadAt(program.id, ago(30 * DAY + 60_000), 'Just Outside');
    const oldDelivery = old.deliveries[0]!.id;
    const [deliveryBefore] = await db.select().from(deliveries).where(eq(deliveries.id, oldDelivery));
    const [attemptBefore] = await attemptsOf(old.eventId);
    expect(deliveryBefore).toMatchObject({ status: 'delivered', lastStatusCode: 200 });
    expect(attemptBefore!.requestBody).toContain('Old Delivered');
    expect(attemptBefore!.responseBody).toContain('Ana');

    const counts = await purgeExpiredData(db, { now: NOW, days: 30, batchSize: 1 });
    expect(counts).toMatchObject({ days: 30, leads: 2, events: 2, attempts: 2, expiredHeld: 0, waiting: 0 });
    expect(counts.cutoff).toBe(ago(30 * DAY).toISOString());

    // Old: personal fields blank, the row, reference, programs and consent record stay.
    for (const id of [old.leadId, justOutside.leadId]) {
      const l = await leadRow(id);
      expect(l).toMatchObject({ name: '', email: '', phone: '', businessName: '', municipality: '', businessStage: '', sector: '', message: '' });
      expect(l.purgedAt?.toISOString()).toBe(NOW.toISOString());
      expect(l.reference).toMatch(/^PR-/);
      expect(await db.select().from(leadPrograms).where(eq(leadPrograms.leadId, id))).toHaveLength(1);
    }
    const oldEvent = await eventRow(old.eventId);
    expect(oldEvent.payload).toEqual({});
    expect(oldEvent.purgedAt?.toISOString()).toBe(NOW.toISOString());
    expect(JSON.stringify(oldEvent)).not.toContain('Old Delivered');

    // Delivery metadata stays exactly as it was; attempt bodies are gone, the rest of the attempt stays.
    const [deliveryAfter] = await db.select().from(deliveries).where(eq(deliveries.id, oldDelivery));
    expect(deliveryAfter).toEqual(deliveryBefore);
    const [attemptAfter] = await attemptsOf(old.eventId);
    expect(attemptAfter).toEqual({ ...attemptBefore, requestBody: null, responseBody: null });

    // Recent and just-inside: untouched.
    for (const [lead, name] of [
      [recent, 'Recent Person'],
      [justInside, 'Just Inside'],
    ] as const) {
      expect(await leadRow(lead.leadId)).toMatchObject({ name, email: 'ana@example.com', purgedAt: null });
      const e = await eventRow(lead.eventId);
      expect(e.purgedAt).toBeNull();
      expect(JSON.stringify(e.payload)).toContain(name);
      const [a] = await attemptsOf(lead.eventId);
      expect(a!.requestBody).toContain(name);
    }
    const [ping] = await db.select().from(deliveryAttempts).where(eq(deliveryAttempts.deliveryId, pingDeliveryId));
    expect(ping).toBeUndefined(); // never attempted: nothing to purge, and its event is recent
    const pingEvent = await db.select().from(events).where(eq(events.type, 'ping'));
    expect(pingEvent.every((e) => e.purgedAt === null)).toBe(true);

    // One audit entry, by the system, with the counts.
    const entries = await retentionEntries();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorEmail: 'system', actorUserId: null, departmentId: null, targetType: 'retention' });
    expect(entries[0]!.details).toEqual({ ...counts });
  });

  it('is idempotent: a second run purges nothing more and says so', async () => {
    const { program } = await setup();
    const old = await leadAt(program.id, ago(45 * DAY));
    await purgeExpiredData(db, { now: NOW, days: 30 });
    const snapshot = { lead: await leadRow(old.leadId), event: await eventRow(old.eventId), attempts: await attemptsOf(old.eventId) };
    const again = await purgeExpiredData(db, { now: new Date(NOW.getTime() + 3_600_000), days: 30 });
    expect(again).toMatchObject({ leads: 0, events: 0, attempts: 0, expiredHeld: 0, waiting: 0 });
    expect({ lead: await leadRow(old.leadId), event: await eventRow(old.eventId), attempts: await attemptsOf(old.eventId) }).toEqual(snapshot);
    const entries = await retentionEntries();
    expect(entries.map((e) => (e.details as { leads: number }).leads)).toEqual([1, 0]);
  });

  it('keeps a lead whose delivery is still being retried, and purges it once the delivery is final', async () => {
    const { program } = await setup();
    status = 503;
    const retrying = await leadAt(program.id, ago(31 * DAY), 'Still Retrying');
    const [d] = await db.select().from(deliveries).where(eq(deliveries.id, retrying.deliveries[0]!.id));
    expect(d!.status).toBe('retrying');

    const first = await purgeExpiredData(db, { now: NOW, days: 30 });
    expect(first).toMatchObject({ leads: 0, events: 0, attempts: 0, waiting: 1 });
    expect(await leadRow(retrying.leadId)).toMatchObject({ name: 'Still Retrying', purgedAt: null });
    expect((await eventRow(retrying.eventId)).purgedAt).toBeNull();

    // The retry succeeds; the next run purges.
    status = 200;
    await db.update(deliveries).set({ nextAttemptAt: ago(31 * DAY) }).where(eq(deliveries.id, d!.id));
    expect(await attemptDelivery(d!.id, { clock: () => ago(31 * DAY - 60_000) })).toMatchObject({ outcome: 'delivered' });
    const second = await purgeExpiredData(db, { now: NOW, days: 30 });
    expect(second).toMatchObject({ leads: 1, events: 1, attempts: 2, waiting: 0 });
    expect((await leadRow(retrying.leadId)).name).toBe('');
  });

  it('gives up held deliveries older than the window so their data does not outlive it', async () => {
    const { dep, program, webhookId } = await setup();
    await setWebhookEnabled(db, dep.id, webhookId, false, actor);
    const lead = await leadAt(program.id, ago(35 * DAY), 'Held Person');
    // Planned while inactive → nothing planned; re-enable, plan, then disable so the attempt holds it.
    expect(lead.deliveries).toHaveLength(0);
    await setWebhookEnabled(db, dep.id, webhookId, true, actor);
    const held = await createLead(db, leadInput([program.id], { name: 'Held Person' }), { now: ago(35 * DAY) });
    if (!held.ok) throw new Error('lead');
    await setWebhookEnabled(db, dep.id, webhookId, false, actor);
    expect(await attemptDelivery(held.deliveries[0]!.id, { clock: () => ago(35 * DAY) })).toEqual({ outcome: 'held' });
    const recentHeld = await createLead(db, leadInput([program.id], { name: 'Recent Held' }), { now: ago(2 * DAY) });
    expect(recentHeld.ok).toBe(true);

    const counts = await purgeExpiredData(db, { now: NOW, days: 30 });
    expect(counts).toMatchObject({ expiredHeld: 1, leads: 2, events: 2 });
    const [d] = await db.select().from(deliveries).where(eq(deliveries.id, held.deliveries[0]!.id));
    expect(d).toMatchObject({ status: 'failed', nextAttemptAt: null });
    expect(d!.lastError).toMatch(/30-day retention period/);
    expect((await leadRow(held.leadId)).name).toBe('');
    if (recentHeld.ok) expect((await leadRow(recentHeld.leadId)).name).toBe('Recent Held');

    // Re-enabling the webhook does not bring the purged delivery back.
    await setWebhookEnabled(db, dep.id, webhookId, true, actor);
    const [after] = await db.select().from(deliveries).where(eq(deliveries.id, held.deliveries[0]!.id));
    expect(after!.status).toBe('failed');
  });

  it('purges old pings too, and a purged delivery can no longer be redelivered', async () => {
    const { dep, program, webhookId } = await setup();
    const target = await db.transaction((tx) => planPing(tx, webhookId, ago(60 * DAY)));
    await db.update(deliveries).set({ nextAttemptAt: ago(60 * DAY) }).where(eq(deliveries.id, target.id));
    expect(await attemptDelivery(target.id, { clock: () => ago(60 * DAY) })).toMatchObject({ outcome: 'delivered' });
    const old = await leadAt(program.id, ago(40 * DAY));

    const counts = await purgeExpiredData(db, { now: NOW, days: 30 });
    expect(counts).toMatchObject({ leads: 1, events: 2, attempts: 2 });
    const [pingAttempt] = await db.select().from(deliveryAttempts).where(eq(deliveryAttempts.deliveryId, target.id));
    expect(pingAttempt).toMatchObject({ requestBody: null, responseBody: null, responseStatus: 200 });

    const auditBefore = (await db.select().from(auditLog).where(and(eq(auditLog.action, 'delivery.redelivered')))).length;
    expect(await redeliverDelivery(db, dep.id, old.deliveries[0]!.id, actor)).toEqual({ ok: false, error: 'purged' });
    expect(await redeliverDelivery(db, dep.id, target.id, actor)).toEqual({ ok: false, error: 'purged' });
    // Another department asking gets the usual not-found, not a hint that it exists.
    const other = await makeDepartment();
    expect(await redeliverDelivery(db, other.id, target.id, actor)).toEqual({ ok: false, error: 'notFound' });
    const [d] = await db.select().from(deliveries).where(eq(deliveries.id, old.deliveries[0]!.id));
    expect(d!.status).toBe('delivered');
    expect((await db.select().from(auditLog).where(eq(auditLog.action, 'delivery.redelivered'))).length).toBe(auditBefore);
  });

  it('never sends an emptied payload: a delivery made due after its event was purged ends failed, unsent', async () => {
    const { dep, program } = await setup();
    const old = await leadAt(program.id, ago(40 * DAY));
    const recent = await leadAt(program.id, ago(DAY));
    await purgeExpiredData(db, { now: NOW, days: 30 });
    const id = old.deliveries[0]!.id;
    // The delivery log says so, and keeps saying nothing for what is still kept.
    expect(Date.parse((await getDeliveryDetail(db, dep.id, id))!.delivery.dataPurgedAt!)).toBe(NOW.getTime());
    expect((await getDeliveryDetail(db, dep.id, recent.deliveries[0]!.id))!.delivery.dataPurgedAt).toBeNull();
    // As if a redeliver had slipped in between the purge's check and its commit.
    await db.update(deliveries).set({ status: 'retrying', nextAttemptAt: ago(1000) }).where(eq(deliveries.id, id));
    await scheduleDeliveries(db, [{ id }], ago(1000));
    const sent = receiver.requests.length;
    expect(await attemptDelivery(id)).toEqual({ outcome: 'expired' });
    expect(receiver.requests.length).toBe(sent);
    const [d] = await db.select().from(deliveries).where(eq(deliveries.id, id));
    expect(d).toMatchObject({ status: 'failed', nextAttemptAt: null });
  });

  it('refuses a retention period that is not a whole number of days', async () => {
    await expect(purgeExpiredData(db, { now: NOW, days: 0 })).rejects.toThrow(/at least 1/);
    await expect(purgeExpiredData(db, { now: NOW, days: 1.5 })).rejects.toThrow(/whole number/);
  });
});
