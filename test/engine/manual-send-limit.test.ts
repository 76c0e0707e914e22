/**
 * Manual sends (ping, redeliver) are limited per webhook: 5 per 5-second window, shared by
 * every user and process. A burst of 60 pings to one webhook (a person hammering "ping" on a
 * hung endpoint) plans at most 5 sends; the rest are refused with rateLimited and a
 * retryAfterSeconds of at least 1; other webhooks are not affected.
 */
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { db, rawSql } from '../../db/client';
import { deliveries } from '../../db/schema';
import { createLead } from '../../lib/leads/create-lead';
import { MANUAL_SEND_WINDOW_MS, MANUAL_SENDS_PER_WINDOW } from '../../lib/webhooks/manual-send-limit';
import { createWebhook } from '../../lib/webhooks/create-webhook';
import { redeliverDelivery } from '../../lib/webhooks/redeliver';
import { sendPing } from '../../lib/webhooks/send-ping';
import { leadInput, makeDepartment, makeProgram } from '../factories';
import { actor, setEnv } from './helpers';

let restoreEnv: () => void;
beforeAll(() => {
  restoreEnv = setEnv({ PUENTE_ALLOW_PRIVATE_WEBHOOKS: '1', PUENTE_ENGINE: 'off' });
});
afterAll(() => restoreEnv());

async function hook(departmentId: string, name: string) {
  const w = await createWebhook(db, departmentId, { url: `http://127.0.0.1:9/${name}`, events: ['lead.created'] }, actor);
  if (!w.ok) throw new Error(JSON.stringify(w.fieldErrors));
  return w.webhook;
}

async function pingRows(webhookId: string) {
  const [r] = await db.execute<{ deliveries: number; queued: number }>(sql`
    select count(*)::int as deliveries,
           count(*) filter (where exists (select 1 from delivery_queue q where q.delivery_id = d.id))::int as queued
      from deliveries d where d.webhook_id = ${webhookId}::uuid and d.event_type = 'ping'`);
  return r!;
}

describe('manual send limit', () => {
  it('60 pings at once to one webhook: 5 accepted in the window, 55 rateLimited, other webhooks unaffected', async () => {
    const dep = await makeDepartment();
    const other = await makeDepartment();
    const target = await hook(dep.id, 'target');
    const sibling = await hook(dep.id, 'sibling');
    const elsewhere = await hook(other.id, 'elsewhere');
    const before = await pingRows(target.id); // the creation ping, which is not a manual send

    // All 60 in the same window (a fixed moment, 1.2 s into a window): all at once, in parallel.
    const now = new Date(Math.floor(Date.now() / MANUAL_SEND_WINDOW_MS) * MANUAL_SEND_WINDOW_MS + 1_200);
    const results = await Promise.all(Array.from({ length: 60 }, () => sendPing(db, dep.id, target.id, actor, now)));
    const accepted = results.filter((r) => r.ok);
    const refused = results.filter((r) => !r.ok);
    expect(accepted).toHaveLength(MANUAL_SENDS_PER_WINDOW);
    expect(refused).toHaveLength(60 - MANUAL_SENDS_PER_WINDOW);
    for (const r of refused) {
      expect(r).toMatchObject({ ok: false, error: 'rateLimited' });
      if (!r.ok && r.error === 'rateLimited') {
        expect(r.retryAfterSeconds).toBeGreaterThanOrEqual(1);
        // The window ends 3.8 s after `now`.
        expect(r.retryAfterSeconds).toBe(4);
      }
    }
    // Only the accepted ones became deliveries to send.
    expect(await pingRows(target.id)).toEqual({ deliveries: before.deliveries + 5, queued: before.queued + 5 });

    // A redeliver to the same webhook shares the budget …
    const program = await makeProgram(dep.id);
    const lead = await createLead(db, leadInput([program.id]));
    if (!lead.ok) throw new Error('lead not created');
    const toTarget = lead.deliveries.find((d) => d.webhookId === target.id)!;
    await rawSql()`update delivery_queue set lease_until = null where delivery_id = ${toTarget.id}`;
    expect(await redeliverDelivery(db, dep.id, toTarget.id, actor, now)).toMatchObject({ ok: false, error: 'rateLimited' });

    // … while other webhooks, in the same department or another, are not affected.
    for (const w of [sibling, elsewhere]) {
      const depId = w.id === elsewhere.id ? other.id : dep.id;
      for (let i = 0; i < MANUAL_SENDS_PER_WINDOW; i++) expect(await sendPing(db, depId, w.id, actor, now)).toMatchObject({ ok: true });
    }
    const toSibling = lead.deliveries.find((d) => d.webhookId === sibling.id)!;
    expect(await redeliverDelivery(db, dep.id, toSibling.id, actor, new Date(now.getTime() + 10))).toMatchObject({ ok: false, error: 'rateLimited' });

    // The next window: the target can be pinged again.
    const later = new Date(now.getTime() + MANUAL_SEND_WINDOW_MS);
    expect(await sendPing(db, dep.id, target.id, actor, later)).toMatchObject({ ok: true });
    const [d] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(deliveries)
      .where(and(eq(deliveries.webhookId, elsewhere.id), eq(deliveries.eventType, 'ping')));
    expect(d!.n).toBe(1 + MANUAL_SENDS_PER_WINDOW);
  });

  it('in real time, a burst never gets more than 5 per window through', async () => {
    const dep = await makeDepartment();
    const target = await hook(dep.id, 'realtime');
    const t0 = Date.now();
    const results = await Promise.all(Array.from({ length: 60 }, () => sendPing(db, dep.id, target.id, actor)));
    const t1 = Date.now();
    const windows = Math.floor(t1 / MANUAL_SEND_WINDOW_MS) - Math.floor(t0 / MANUAL_SEND_WINDOW_MS) + 1;
    const accepted = results.filter((r) => r.ok).length;
    expect(accepted).toBeGreaterThanOrEqual(MANUAL_SENDS_PER_WINDOW);
    expect(accepted).toBeLessThanOrEqual(MANUAL_SENDS_PER_WINDOW * windows);
    for (const r of results) if (!r.ok) expect(r).toMatchObject({ error: 'rateLimited', retryAfterSeconds: expect.any(Number) });
    for (const r of results) if (!r.ok && r.error === 'rateLimited') expect(r.retryAfterSeconds).toBeGreaterThanOrEqual(1);
  });
});
