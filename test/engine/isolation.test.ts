/**
 * Isolation between webhooks in the embedded engine: a department whose endpoint accepts
 * connections and never answers (a black hole) with a large backlog must not slow down another
 * department's deliveries, and never holds more than its per-webhook cap of requests at once.
 *
 * The breaker threshold is raised for this file so that the black holes stay in the "being
 * attempted" state for the whole test: what protects the healthy webhook here is the per-webhook
 * cap alone (the breaker has its own file, breaker.test.ts).
 */
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../db/client';
import { deliveries, webhooks } from '../../db/schema';
import { startDispatcher } from '../../lib/delivery/dispatcher';
import { startEmbeddedWorker } from '../../lib/delivery/embedded-worker';
import { closeIdleConnections } from '../../lib/delivery/transport';
import { createLead } from '../../lib/leads/create-lead';
import { createWebhook } from '../../lib/webhooks/create-webhook';
import { leadInput, makeDepartment, makeProgram } from '../factories';
import { startReceiver, type Receiver } from '../receiver';
import { actor, setEnv, sleep, startBlackHole, waitFor, type BlackHole } from './helpers';

// Long enough that a B lead stuck behind A's requests would wait visibly longer than the 2 s
// bound (up to 5 s, until a round of A's timeouts frees the slots).
const TIMEOUT_MS = 5_000;
const BACKLOG = 300;

let restoreEnv: () => void;
beforeAll(() => {
  restoreEnv = setEnv({
    PUENTE_ALLOW_PRIVATE_WEBHOOKS: '1',
    PUENTE_ENGINE: 'embedded',
    PUENTE_HTTP_TIMEOUT_MS: String(TIMEOUT_MS),
    PUENTE_WEBHOOK_MAX_IN_FLIGHT: undefined, // the platform default cap: 10
    PUENTE_BREAKER_THRESHOLD: '1000',
  });
});
afterAll(() => {
  closeIdleConnections();
  restoreEnv();
});

async function webhookFor(departmentId: string, url: string) {
  const w = await createWebhook(db, departmentId, { url, events: ['lead.created'] }, actor);
  if (!w.ok) throw new Error(JSON.stringify(w.fieldErrors));
  // The creation ping is not part of what this test measures.
  await db.delete(deliveries).where(eq(deliveries.id, w.pingDeliveryId));
  return w.webhook;
}

describe('a black-hole webhook with a backlog', () => {
  let holeDefault: BlackHole;
  let holeCapped: BlackHole;
  let healthy: Receiver;

  beforeAll(async () => {
    holeDefault = await startBlackHole();
    holeCapped = await startBlackHole();
    healthy = await startReceiver();
  });
  afterAll(async () => {
    await holeDefault.close();
    await holeCapped.close();
    await healthy.close();
  });

  it('holds at most its cap of requests and never delays another department (each lead < 2 s)', async () => {
    // Department A: two black holes, one at the platform cap (10), one at max_in_flight = 3.
    const depA = await makeDepartment();
    const progA = await makeProgram(depA.id);
    const hookDefault = await webhookFor(depA.id, `${holeDefault.url}/a-default`);
    const hookCapped = await webhookFor(depA.id, `${holeCapped.url}/a-capped`);
    await db.update(webhooks).set({ maxInFlight: 3 }).where(eq(webhooks.id, hookCapped.id));
    // Department B: a healthy receiver.
    const depB = await makeDepartment();
    const progB = await makeProgram(depB.id);
    const hookB = await webhookFor(depB.id, `${healthy.url}/b`);

    // A's backlog is queued before the worker starts: 300 leads → 600 deliveries to black holes.
    for (let i = 0; i < BACKLOG; i++) {
      const r = await createLead(db, leadInput([progA.id]));
      if (!r.ok || r.deliveries.length !== 2) throw new Error('lead for A not planned');
    }

    const worker = await startEmbeddedWorker({
      connectionString: process.env.DATABASE_URL!,
      concurrency: 20,
      attempt: { timeoutMs: TIMEOUT_MS },
    });
    const latencies: number[] = [];
    try {
      // Both black holes fill up to their caps.
      expect(await waitFor(() => holeDefault.open() >= 10 && holeCapped.open() >= 3, 10_000)).toBe(true);

      // B's leads, spread over two of A's 5-second timeout rounds.
      for (let i = 0; i < 10; i++) {
        // A's backlog is still being attempted: rows due or in flight remain.
        const [aLeft] = await db.execute<{ n: number }>(
          sql`select count(*)::int as n from delivery_queue where webhook_id in (${hookDefault.id}::uuid, ${hookCapped.id}::uuid)`,
        );
        expect(aLeft!.n).toBeGreaterThan(100);
        const t0 = performance.now();
        const lead = await createLead(db, leadInput([progB.id]));
        if (!lead.ok) throw new Error('lead for B not created');
        const arrived = await waitFor(() => healthy.requests.some((r) => r.body.includes(lead.reference)), 10_000, 10);
        latencies.push(performance.now() - t0);
        expect(arrived).toBe(true);
        await sleep(650);
      }
    } finally {
      await worker.stop();
    }

    console.log(
      `isolation: B latencies ${latencies.map((l) => Math.round(l)).join(', ')} ms; black holes max open ${holeDefault.maxOpen()} (cap 10) and ` +
        `${holeCapped.maxOpen()} (cap 3); requests ${holeDefault.requests()} / ${holeCapped.requests()}`,
    );
    // Every B lead arrived within moments, however busy A's black holes kept the engine.
    for (const l of latencies) expect(l).toBeLessThan(2_000);
    // Never more than the cap in flight to a black hole; and the cap was reached (the test bites).
    expect(holeDefault.maxOpen()).toBe(10);
    expect(holeCapped.maxOpen()).toBe(3);
    // At least two rounds of A's attempts went out during the test: A really was being attempted.
    expect(holeDefault.requests()).toBeGreaterThanOrEqual(20);

    const bRows = await db.select({ status: deliveries.status }).from(deliveries).where(eq(deliveries.webhookId, hookB.id));
    expect(bRows).toHaveLength(10);
    expect(bRows.every((r) => r.status === 'delivered')).toBe(true);
    // A's attempted deliveries are retrying after a timeout; none was lost or wrongly finished.
    const aRows = await db.execute<{ status: string; n: number }>(sql`
      select status::text, count(*)::int as n from deliveries where webhook_id in (${hookDefault.id}::uuid, ${hookCapped.id}::uuid) group by 1`);
    const aCounts = Object.fromEntries(aRows.map((r) => [r.status, r.n]));
    expect((aCounts.pending ?? 0) + (aCounts.retrying ?? 0)).toBe(2 * BACKLOG);
    const aQueue = await db.execute<{ n: number }>(
      sql`select count(*)::int as n from delivery_queue where webhook_id in (${hookDefault.id}::uuid, ${hookCapped.id}::uuid)`,
    );
    expect(aQueue[0]!.n).toBe(2 * BACKLOG);
    const classes = await db.execute<{ error_class: string | null; n: number }>(sql`
      select a.error_class::text, count(*)::int as n from delivery_attempts a join deliveries d on d.id = a.delivery_id
       where d.webhook_id = ${hookDefault.id}::uuid group by 1`);
    expect(classes.map((c) => c.error_class)).toEqual(['timeout']);
    const hooks = await db.select().from(webhooks).where(inArray(webhooks.id, [hookDefault.id, hookCapped.id]));
    for (const h of hooks) expect(h.disabledAt).toBeNull();
  }, 90_000);
});

describe('the per-webhook cap across several workers', () => {
  it('two dispatchers claiming at once (as two worker processes do) never exceed a webhook cap together', async () => {
    // Each dispatcher is what one `npm run worker` process runs; here both share this process,
    // but claim on their own connections, concurrently, as separate processes would.
    const holeDefault = await startBlackHole();
    const holeCapped = await startBlackHole();
    const dep = await makeDepartment();
    const prog = await makeProgram(dep.id);
    await webhookFor(dep.id, `${holeDefault.url}/multi-default`);
    const capped = await webhookFor(dep.id, `${holeCapped.url}/multi-capped`);
    await db.update(webhooks).set({ maxInFlight: 3 }).where(eq(webhooks.id, capped.id));
    for (let i = 0; i < 100; i++) {
      const r = await createLead(db, leadInput([prog.id]));
      if (!r.ok || r.deliveries.length !== 2) throw new Error('lead not planned');
    }
    const dispatchers = await Promise.all(
      [0, 1].map(() => startDispatcher({ capacity: 40, pollMs: 100, attempt: { timeoutMs: 1_000 }, log: () => {} })),
    );
    try {
      // Several rounds of timeouts: every second both dispatchers race to refill the freed slots.
      await sleep(6_000);
    } finally {
      await Promise.all(dispatchers.map((d) => d.stop()));
      await holeDefault.close();
      await holeCapped.close();
    }
    console.log(
      `two dispatchers: black holes max open ${holeDefault.maxOpen()} (cap 10) and ${holeCapped.maxOpen()} (cap 3); ` +
        `requests ${holeDefault.requests()} / ${holeCapped.requests()}`,
    );
    expect(holeDefault.requests()).toBeGreaterThanOrEqual(40);
    expect(holeDefault.maxOpen()).toBe(10);
    expect(holeCapped.maxOpen()).toBe(3);
  }, 60_000);
});

describe('hanging endpoints holding every slot of a worker', () => {
  it('give a freed slot to the webhook with fewer requests in flight: a healthy lead does not wait behind their backlog', async () => {
    // Two black holes at the default cap (10 each) but a worker with only 12 slots: the holes
    // hold all 12, and each timeout frees one. The healthy department's new lead must get the
    // next free slot, not lose it to a hole's older backlog (round-robin alone would give it to
    // the oldest due row, which is always a hole's).
    const holes = [await startBlackHole(), await startBlackHole()];
    const healthy = await startReceiver();
    const depA = await makeDepartment();
    const progA = await makeProgram(depA.id);
    for (const [i, hole] of holes.entries()) await webhookFor(depA.id, `${hole.url}/scarce-${i}`);
    const depB = await makeDepartment();
    const progB = await makeProgram(depB.id);
    await webhookFor(depB.id, `${healthy.url}/scarce-b`);
    for (let i = 0; i < 60; i++) {
      const r = await createLead(db, leadInput([progA.id]));
      if (!r.ok || r.deliveries.length !== 2) throw new Error('lead for A not planned');
    }
    const timeoutMs = 2_000;
    const worker = await startEmbeddedWorker({ connectionString: process.env.DATABASE_URL!, concurrency: 12, attempt: { timeoutMs } });
    const latencies: number[] = [];
    try {
      expect(await waitFor(() => holes[0]!.open() + holes[1]!.open() >= 12, 10_000)).toBe(true);
      // Requests to the holes were sent at slightly different moments, so their timeouts free
      // the slots one or two at a time: B's leads arrive at such moments.
      for (let i = 0; i < 6; i++) {
        const t0 = performance.now();
        const lead = await createLead(db, leadInput([progB.id]));
        if (!lead.ok) throw new Error('lead for B not created');
        expect(await waitFor(() => healthy.requests.some((r) => r.body.includes(lead.reference)), 15_000, 10)).toBe(true);
        latencies.push(performance.now() - t0);
        await sleep(300);
      }
    } finally {
      await worker.stop();
      for (const hole of holes) await hole.close();
      await healthy.close();
    }
    console.log(`scarce slots: B latencies ${latencies.map((l) => Math.round(l)).join(', ')} ms (hole timeout ${timeoutMs} ms)`);
    // At worst B waits for the next timeout to free a slot, never for the holes' backlog.
    for (const l of latencies) expect(l).toBeLessThan(timeoutMs + 1_000);
  }, 90_000);
});
