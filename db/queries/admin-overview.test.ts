import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../client';
import { deliveries, deliveryAttempts, deliveryQueue, webhooks } from '../schema';
import { leadInput, makeDepartment, makeProgram, makeWebhookRow } from '../../test/factories';
import { resetEnvCache } from '../../lib/env';
import { createLead } from '../../lib/leads/create-lead';
import { PLATFORM_TIME_ZONE } from '../../lib/time';
import { getAdminOverview, HEALTH_ORDER, healthOf, type AdminOverview } from './admin-overview';

const NOW = new Date('2026-05-10T15:30:00Z');
const min = (m: number) => new Date(NOW.getTime() - m * 60_000);
let overview: AdminOverview;
let ids: Record<string, string> = {};

async function attempt(deliveryId: string, startedAt: Date, status: number | null) {
  await db.insert(deliveryAttempts).values({
    deliveryId,
    attemptNumber: 1,
    requestUrl: 'https://x.example.com/hook',
    requestHeaders: {},
    responseStatus: status,
    errorClass: status === null ? 'connection' : null,
    durationMs: 50,
    startedAt,
  });
}

beforeAll(async () => {
  process.env.PUENTE_ENGINE = 'off';
  resetEnvCache();
  // Healthy, with traffic.
  const healthy = await makeDepartment({ name: 'Healthy Dept' });
  const hp = await makeProgram(healthy.id);
  const hw = await makeWebhookRow(healthy.id, { url: 'https://healthy.example.com/hook' });
  // Disabled after failures.
  const broken = await makeDepartment({ name: 'Zeta Broken' });
  const bw = await makeWebhookRow(broken.id, { url: 'https://broken.example.com/hook', active: false, disabledAt: min(600), disabledReason: 'Answered 410 Gone' });
  await makeWebhookRow(broken.id, { url: 'https://fine.example.com/hook' });
  // Failing but still on.
  const failing = await makeDepartment({ name: 'Failing Dept' });
  const fw = await makeWebhookRow(failing.id, { url: 'https://failing.example.com/hook', failingSince: min(120) });
  // Switched off by its admin.
  const off = await makeDepartment({ name: 'Off Dept' });
  await makeWebhookRow(off.id, { url: 'https://off.example.com/hook', active: false });
  // No webhooks; and a pending application.
  await makeDepartment({ name: 'Alpha Empty' });
  await makeDepartment({ name: 'Pending Dept', status: 'pending' });

  // Traffic of the healthy department: 4 leads, attempts now, 2 h ago and 3 days ago.
  const leads = [];
  for (let i = 0; i < 5; i++) {
    const l = await createLead(db, leadInput([hp.id]), { now: min(60 * 24 * 2 + i) });
    if (!l.ok) throw new Error('lead');
    leads.push(l.deliveries.find((d) => d.webhookId === hw.id)!.id);
  }
  await attempt(leads[0]!, min(10), 200);
  await attempt(leads[1]!, min(20), 204);
  await attempt(leads[2]!, min(25), 500);
  await attempt(leads[3]!, min(130), null);
  await attempt(leads[4]!, min(60 * 24 * 2), 200); // two days ago: in the 7-day chart only
  await db.update(deliveries).set({ status: 'delivered' }).where(eq(deliveries.webhookId, hw.id));
  // The queue: one due, one retrying later, one held.
  await db.update(deliveries).set({ status: 'pending', nextAttemptAt: min(5) }).where(eq(deliveries.id, leads[0]!));
  await db.update(deliveries).set({ status: 'retrying', nextAttemptAt: new Date(NOW.getTime() + 3_600_000) }).where(eq(deliveries.id, leads[1]!));
  await db.update(deliveries).set({ status: 'held' }).where(eq(deliveries.id, leads[2]!));
  // The engine keeps its work list in step with those states (lib/delivery/wake.ts, attempt-delivery.ts).
  await db.delete(deliveryQueue);
  await db.insert(deliveryQueue).values([
    { deliveryId: leads[0]!, webhookId: hw.id, runAt: min(5) },
    { deliveryId: leads[1]!, webhookId: hw.id, runAt: new Date(NOW.getTime() + 3_600_000) },
    { deliveryId: leads[2]!, webhookId: hw.id, runAt: sql`'infinity'::timestamptz` },
  ]);

  ids = { healthy: healthy.id, broken: broken.id, failing: failing.id, off: off.id, bw: bw.id, fw: fw.id };
  overview = await getAdminOverview(db, { timeZone: PLATFORM_TIME_ZONE, now: NOW });
});

describe('getAdminOverview', () => {
  it('lists every department, the ones with problems first: disabled, failing, low success, inactive, healthy, then none', () => {
    expect(overview.departments.map((d) => [d.name, d.health])).toEqual([
      ['Zeta Broken', 'disabled'],
      ['Failing Dept', 'failing'],
      // No webhook is failing, but only 2 of its 4 attempts in 24 h succeeded: not "healthy".
      ['Healthy Dept', 'low-success'],
      ['Off Dept', 'inactive'],
      ['Alpha Empty', 'none'],
      ['Pending Dept', 'none'],
    ]);
    expect(overview.departments.find((d) => d.id === ids.broken)).toMatchObject({ webhooks: 2, disabledWebhooks: 1, healthyWebhooks: 1, status: 'approved' });
    expect(overview.departments.find((d) => d.name === 'Pending Dept')).toMatchObject({ status: 'pending', webhooks: 0 });
    expect(overview.departments.find((d) => d.id === ids.healthy)).toMatchObject({ attempts24h: 4, succeeded24h: 2, queued: 3 });
  });

  it('lists the endpoints that need attention, disabled first, with why and since when', () => {
    expect(overview.endpoints.map((e) => [e.url, e.state])).toEqual([
      ['https://broken.example.com/hook', 'disabled'],
      ['https://failing.example.com/hook', 'failing'],
      ['https://off.example.com/hook', 'inactive'],
    ]);
    expect(overview.endpoints[0]).toMatchObject({ webhookId: ids.bw, departmentName: 'Zeta Broken', reason: 'Answered 410 Gone', since: min(600).toISOString() });
    expect(overview.endpoints[1]).toMatchObject({ webhookId: ids.fw, since: min(120).toISOString() });
    expect(overview.endpoints[2]!.since).toBeNull();
  });

  it('counts platform-wide attempts and successes by hour (24) and by AST day (7)', () => {
    expect(overview.hourly).toHaveLength(24);
    expect(overview.hourly.at(-1)).toEqual({ start: '2026-05-10T15:00:00.000Z', attempts: 3, succeeded: 2 });
    expect(overview.hourly.find((b) => b.start === '2026-05-10T13:00:00.000Z')).toMatchObject({ attempts: 1, succeeded: 0 });
    expect(overview.hourly.reduce((s, b) => s + b.attempts, 0)).toBe(4);
    expect(overview.daily).toHaveLength(7);
    // AST days start at 04:00 UTC.
    expect(overview.daily.at(-1)).toEqual({ start: '2026-05-10T04:00:00.000Z', attempts: 4, succeeded: 2 });
    expect(overview.daily.reduce((s, b) => s + b.attempts, 0)).toBe(5);
  });

  it('shows the queue: due now, scheduled retries and held, with the oldest due time', async () => {
    expect(overview.queue).toEqual({ due: 1, scheduled: 1, held: 1, oldestDueAt: min(5).toISOString() });
    // A webhook row change is reflected at once (no cache).
    await db.update(webhooks).set({ failingSince: null }).where(eq(webhooks.id, ids.fw!));
    const again = await getAdminOverview(db, { timeZone: PLATFORM_TIME_ZONE, now: NOW });
    expect(again.departments.find((d) => d.id === ids.failing)!.health).toBe('healthy');
  });
});

describe('healthOf', () => {
  const base = { webhooks: 2, disabled: 0, failing: 0, inactive: 0, attempts: 0, succeeded: 0 };

  it('never calls a department healthy while fewer than 95 % of its recent attempts succeeded', () => {
    expect(healthOf({ ...base, attempts: 3, succeeded: 2 })).toBe('low-success');
    expect(healthOf({ ...base, attempts: 20, succeeded: 18 })).toBe('low-success');
    expect(HEALTH_ORDER.indexOf('low-success')).toBeLessThan(HEALTH_ORDER.indexOf('healthy'));
  });

  it('is healthy at 95 % and above, and with no attempts to judge by', () => {
    expect(healthOf({ ...base, attempts: 20, succeeded: 19 })).toBe('healthy');
    expect(healthOf(base)).toBe('healthy');
  });

  it('keeps the worse webhook states first', () => {
    expect(healthOf({ ...base, disabled: 1, attempts: 10, succeeded: 10 })).toBe('disabled');
    expect(healthOf({ ...base, failing: 1, attempts: 3, succeeded: 0 })).toBe('failing');
    expect(healthOf({ ...base, webhooks: 0 })).toBe('none');
  });
});
