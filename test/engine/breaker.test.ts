/**
 * The per-webhook circuit breaker. After PUENTE_BREAKER_THRESHOLD (5) failures in a row of the
 * kind that says "the endpoint is not answering" (timeout, connection, 5xx, 429) the webhook
 * cools: nothing is sent to it before next_probe_at; then ONE probe goes; a failed probe doubles
 * the cool-down (up to the maximum); a successful one closes the breaker and the queue drains.
 * Nothing queued is ever lost.
 *
 * The first block drives attemptDelivery with a test clock, for exact semantics; the second runs
 * the in-process worker in real time against a receiver that fails and then recovers.
 */
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db, rawSql } from '../../db/client';
import { deliveries, deliveryAttempts, webhooks } from '../../db/schema';
import { attemptDelivery, type AttemptOptions } from '../../lib/delivery/attempt-delivery';
import { startEmbeddedWorker } from '../../lib/delivery/embedded-worker';
import { closeIdleConnections } from '../../lib/delivery/transport';
import { createLead } from '../../lib/leads/create-lead';
import { createWebhook } from '../../lib/webhooks/create-webhook';
import { leadInput, makeDepartment, makeProgram } from '../factories';
import { startReceiver, type Receiver, type Reply } from '../receiver';
import { actor, setEnv, statusCounts, waitFor } from './helpers';

const COOLDOWN_MS = 1_500;
const MAX_COOLDOWN_MS = 12_000;

let restoreEnv: () => void;
let receiver: Receiver;
let reply: (r: { path: string }) => Reply;
/** When each request arrived at the receiver, by the same clock the engine reads. */
const arrivals: { at: number; webhookId: string }[] = [];

beforeAll(async () => {
  restoreEnv = setEnv({
    PUENTE_ALLOW_PRIVATE_WEBHOOKS: '1',
    PUENTE_ENGINE: 'off',
    PUENTE_BREAKER_THRESHOLD: undefined, // the default: 5
    PUENTE_WEBHOOK_MAX_IN_FLIGHT: undefined, // the default: 10
    PUENTE_BREAKER_COOLDOWN_MS: String(COOLDOWN_MS),
    PUENTE_BREAKER_MAX_COOLDOWN_MS: String(MAX_COOLDOWN_MS),
  });
  receiver = await startReceiver((r) => {
    arrivals.push({ at: Date.now(), webhookId: r.headers['webhook-id'] ?? '' });
    return reply(r);
  });
});
afterAll(async () => {
  await receiver.close();
  closeIdleConnections();
  restoreEnv();
});
beforeEach(async () => {
  await rawSql()`truncate leads, events, deliveries, webhooks, programs, departments cascade`;
  receiver.requests.length = 0;
  arrivals.length = 0;
  reply = () => ({ status: 200 });
});

function testClock(start = new Date('2026-11-28T12:00:00Z')) {
  let t = start.getTime();
  return { now: () => new Date(t), advance: (ms: number) => (t += ms), set: (d: Date) => (t = d.getTime()) };
}

async function setup(leads: number, now?: Date, url = `${receiver.url}/hook`) {
  const dep = await makeDepartment();
  const program = await makeProgram(dep.id);
  const created = await createWebhook(db, dep.id, { url, events: ['lead.created'] }, actor);
  if (!created.ok) throw new Error(JSON.stringify(created.fieldErrors));
  await db.delete(deliveries).where(eq(deliveries.id, created.pingDeliveryId));
  const ids: string[] = [];
  for (let i = 0; i < leads; i++) {
    // Distinct creation times keep "oldest first" well defined.
    const r = await createLead(db, leadInput([program.id]), { now: now ? new Date(now.getTime() + i) : undefined });
    if (!r.ok) throw new Error('lead not created');
    ids.push(r.deliveries[0]!.id);
  }
  return { dep, webhook: created.webhook, ids };
}

async function health(webhookId: string) {
  const [w] = await db
    .select({ cf: webhooks.consecutiveFailures, coolingSince: webhooks.coolingSince, nextProbeAt: webhooks.nextProbeAt })
    .from(webhooks)
    .where(eq(webhooks.id, webhookId));
  return w!;
}

describe('breaker semantics (test clock)', () => {
  const fixed: AttemptOptions = { random: () => 0.5 };

  it('opens on the 5th failure in a row, refuses sends while cooling, probes once, doubles, then closes on success', async () => {
    const clock = testClock();
    const { webhook, ids } = await setup(12, clock.now());
    const opts = { ...fixed, clock: clock.now };
    reply = () => ({ status: 503 });

    for (let i = 0; i < 4; i++) {
      const r = await attemptDelivery(ids[i]!, opts);
      expect(r).toMatchObject({ outcome: 'retry', coolingUntil: null });
      expect(await health(webhook.id)).toMatchObject({ cf: i + 1, coolingSince: null, nextProbeAt: null });
      clock.advance(100);
    }
    const fifth = await attemptDelivery(ids[4]!, opts);
    const openedAt = clock.now().getTime();
    expect(fifth.outcome).toBe('retry');
    if (fifth.outcome !== 'retry') return;
    expect(fifth.coolingUntil?.getTime()).toBe(openedAt + COOLDOWN_MS);
    let h = await health(webhook.id);
    expect(h.cf).toBe(5);
    expect(h.coolingSince?.getTime()).toBe(openedAt);
    expect(h.nextProbeAt?.getTime()).toBe(openedAt + COOLDOWN_MS);
    expect(receiver.requests).toHaveLength(5);

    // Cooling: nothing is sent, up to the last millisecond before next_probe_at.
    const cooling = await attemptDelivery(ids[5]!, opts);
    expect(cooling).toEqual({ outcome: 'cooling', until: new Date(openedAt + COOLDOWN_MS) });
    clock.set(new Date(openedAt + COOLDOWN_MS - 1));
    expect((await attemptDelivery(ids[5]!, opts)).outcome).toBe('cooling');
    expect(receiver.requests).toHaveLength(5);

    // At next_probe_at exactly one probe goes, even when two are asked for at once.
    clock.set(new Date(openedAt + COOLDOWN_MS));
    const probeAt = clock.now().getTime();
    const [p1, p2] = await Promise.all([attemptDelivery(ids[5]!, opts), attemptDelivery(ids[6]!, opts)]);
    const outcomes = [p1.outcome, p2.outcome].sort();
    expect(receiver.requests).toHaveLength(6);
    expect(outcomes).toEqual(['busy', 'retry'].sort());
    // The failed probe doubles the cool-down.
    h = await health(webhook.id);
    expect(h.cf).toBe(6);
    expect(h.coolingSince?.getTime()).toBe(openedAt);
    expect(h.nextProbeAt?.getTime()).toBe(probeAt + 2 * COOLDOWN_MS);

    // Second failed probe: 4×; and so on, never past the maximum.
    clock.set(h.nextProbeAt!);
    let expected = 4 * COOLDOWN_MS;
    for (let k = 0; k < 4; k++) {
      const at = clock.now().getTime();
      expect((await attemptDelivery(ids[7 + (k % 4)]!, opts)).outcome).toMatch(/retry|failed/);
      h = await health(webhook.id);
      expect(h.nextProbeAt!.getTime() - at).toBe(Math.min(expected, MAX_COOLDOWN_MS));
      expected *= 2;
      clock.set(h.nextProbeAt!);
    }

    // The endpoint recovers: the probe succeeds and the breaker closes.
    reply = () => ({ status: 200 });
    const ok = await attemptDelivery(ids[11]!, opts);
    expect(ok.outcome).toBe('delivered');
    expect(await health(webhook.id)).toEqual({ cf: 0, coolingSince: null, nextProbeAt: null });
  });

  it('the first cool-down is the base one, however many requests were already in flight when it opened', async () => {
    const clock = testClock();
    const { webhook, ids } = await setup(10, clock.now());
    reply = () => ({ status: 503 });
    // Ten requests in flight at once (the default cap) all fail: the breaker opens on the fifth;
    // the other five were sent before it opened. They are not failed probes.
    const rs = await Promise.all(ids.map((id) => attemptDelivery(id, { ...fixed, clock: clock.now })));
    expect(rs.every((r) => r.outcome === 'retry')).toBe(true);
    expect(receiver.requests).toHaveLength(10);
    const h = await health(webhook.id);
    expect(h.cf).toBeGreaterThanOrEqual(5);
    expect(h.coolingSince?.getTime()).toBe(clock.now().getTime());
    expect(h.nextProbeAt!.getTime() - clock.now().getTime()).toBe(COOLDOWN_MS);
  });

  it('counts timeouts and refused connections; a 4xx answer or a success resets the count', async () => {
    const clock = testClock();
    const { webhook, ids } = await setup(8, clock.now());
    const opts = { ...fixed, clock: clock.now, timeoutMs: 300 };
    reply = () => ({ status: 200, hang: true });
    for (let i = 0; i < 3; i++) expect(await attemptDelivery(ids[i]!, opts)).toMatchObject({ outcome: 'retry', errorClass: 'timeout' });
    expect((await health(webhook.id)).cf).toBe(3);
    // A 4xx is an answer: the endpoint is up, so the streak ends.
    reply = () => ({ status: 400 });
    expect(await attemptDelivery(ids[3]!, opts)).toMatchObject({ outcome: 'retry', errorClass: 'http' });
    expect(await health(webhook.id)).toMatchObject({ cf: 0, nextProbeAt: null });

    // A refused connection counts: point the webhook at a closed port.
    const closed = await startReceiver();
    await closed.close();
    await db.update(webhooks).set({ url: `${closed.url}/x` }).where(eq(webhooks.id, webhook.id));
    for (let i = 4; i < 8; i++) expect(await attemptDelivery(ids[i]!, opts)).toMatchObject({ outcome: 'retry', errorClass: 'connection' });
    expect(await health(webhook.id)).toMatchObject({ cf: 4, nextProbeAt: null });
    // A 429 also counts: the fifth in a row opens the breaker.
    await db.update(webhooks).set({ url: `${receiver.url}/hook` }).where(eq(webhooks.id, webhook.id));
    reply = () => ({ status: 429 });
    clock.advance(10_000);
    const r = await attemptDelivery(ids[0]!, opts);
    expect(r).toMatchObject({ outcome: 'retry', statusCode: 429 });
    expect((await health(webhook.id)).nextProbeAt?.getTime()).toBe(clock.now().getTime() + COOLDOWN_MS);
  });
});

describe('breaker with the in-process worker (real time)', () => {
  it('stops sending while cooling, probes once, doubles, closes on recovery, and delivers every queued lead', async () => {
    const LEADS = 30;
    const { webhook, ids } = await setup(LEADS);
    let respondedProbeAt = 0;
    let failing = true;
    reply = () => ({ status: failing ? 503 : 200 });

    const worker = await startEmbeddedWorker({ connectionString: process.env.DATABASE_URL!, concurrency: 50, pollMs: 200 });
    try {
      // Phase 1: the first burst fails and opens the breaker. Wait until no attempt is in flight.
      const opened = await waitFor(async () => {
        const h = await health(webhook.id);
        if (!h.nextProbeAt) return false;
        const [l] = await db.execute<{ n: number }>(
          sql`select count(*)::int as n from delivery_queue where webhook_id = ${webhook.id}::uuid and lease_until > now()`,
        );
        return l!.n === 0;
      }, 10_000);
      expect(opened).toBe(true);
      const h1 = await health(webhook.id);
      const burst = arrivals.length;
      const np1 = h1.nextProbeAt!.getTime();
      console.log(`breaker: opened after ${burst} requests, consecutive_failures ${h1.cf}, first cool-down ${np1 - h1.coolingSince!.getTime()} ms`);
      expect(h1.cf).toBeGreaterThanOrEqual(5);
      // Up to the cap (10) were on the wire when it opened, and 4 more freed slots could be refilled before the 5th failure.
      expect(burst).toBeGreaterThanOrEqual(5);
      expect(burst).toBeLessThanOrEqual(14);
      // The first cool-down is the base one (give or take the spread of the burst's own attempts).
      expect(np1 - h1.coolingSince!.getTime()).toBeLessThanOrEqual(COOLDOWN_MS + 1_000);

      // Phase 2: nothing reaches the endpoint before next_probe_at; then one probe, which fails.
      expect(await waitFor(() => arrivals.length > burst, np1 - Date.now() + 5_000, 10)).toBe(true);
      const probe1 = arrivals[burst]!;
      expect(probe1.at).toBeGreaterThanOrEqual(np1);
      const probed = await waitFor(async () => (await health(webhook.id)).nextProbeAt?.getTime() !== np1, 5_000);
      expect(probed).toBe(true);
      const h2 = await health(webhook.id);
      const np2 = h2.nextProbeAt!.getTime();
      expect(h2.cf).toBe(h1.cf + 1);
      expect(h2.coolingSince?.getTime()).toBe(h1.coolingSince?.getTime());
      const [probeAttempt] = await db
        .select({ startedAt: deliveryAttempts.startedAt })
        .from(deliveryAttempts)
        .innerJoin(deliveries, eq(deliveries.id, deliveryAttempts.deliveryId))
        .where(and(eq(deliveries.messageId, probe1.webhookId), eq(deliveries.webhookId, webhook.id)))
        .orderBy(sql`${deliveryAttempts.startedAt} desc`)
        .limit(1);
      // The failed probe doubled the cool-down.
      expect(np2 - probeAttempt!.startedAt.getTime()).toBe(2 * COOLDOWN_MS);

      // Phase 3: the endpoint recovers before the next probe.
      failing = false;
      reply = () => {
        if (!respondedProbeAt) respondedProbeAt = Date.now();
        return { status: 200 };
      };
      expect(await waitFor(() => arrivals.length > burst + 1, np2 - Date.now() + 5_000, 10)).toBe(true);
      // Exactly one request (the first probe) between the first and the second probe.
      expect(arrivals.filter((a) => a.at >= np1 && a.at < np2)).toHaveLength(1);
      const probe2 = arrivals[burst + 1]!;
      expect(probe2.at).toBeGreaterThanOrEqual(np2);
      expect(await waitFor(async () => (await health(webhook.id)).cf === 0, 5_000)).toBe(true);
      expect(await health(webhook.id)).toEqual({ cf: 0, coolingSince: null, nextProbeAt: null });

      // Everything queued drains, retries included (their 5 s retry comes due by itself).
      const drained = await waitFor(async () => (await statusCounts()).delivered === LEADS, 20_000, 100);
      expect(await statusCounts()).toEqual({ delivered: LEADS });
      expect(drained).toBe(true);
      // The second probe was alone on the wire: everything else came after its answer.
      for (const a of arrivals.slice(burst + 2)) expect(a.at).toBeGreaterThanOrEqual(respondedProbeAt);
    } finally {
      await worker.stop();
    }

    // Nothing lost: every delivery's webhook-id was received, and every request is a recorded attempt.
    const rows = await db.select({ id: deliveries.id, messageId: deliveries.messageId, attempts: deliveries.attemptCount }).from(deliveries);
    expect(rows.map((r) => r.id).sort()).toEqual([...ids].sort());
    const seen = new Set(arrivals.map((a) => a.webhookId));
    for (const r of rows) expect(seen.has(r.messageId)).toBe(true);
    const [att] = await db.execute<{ n: number }>(sql`select count(*)::int as n from delivery_attempts`);
    expect(att!.n).toBe(arrivals.length);
    expect(rows.reduce((s, r) => s + r.attempts, 0)).toBe(arrivals.length);
    // A delivery failed at most once (in the burst or as the first probe) before it got through.
    expect(Math.max(...rows.map((r) => r.attempts))).toBeLessThanOrEqual(2);
  }, 60_000);
});
