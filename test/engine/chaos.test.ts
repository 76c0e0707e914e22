/**
 * A chaotic receiver, the whole retry schedule in seconds. The receiver answers each request
 * with a 5xx (~30 %), hangs past the timeout (~10 %), resets the connection (~10 %) or says
 * 200, decided by a seeded PRNG from (webhook, lead, attempt number), so the fate of every
 * attempt is known in advance whatever order the engine sends them in. One webhook is also
 * down for every first attempt, which opens its circuit breaker.
 *
 * The test drives the engine's own batch claim (claimDueDeliveries) and attemptDelivery with a
 * test clock, like the dispatcher does, and moves the clock to the next moment anything can
 * happen (the next due retry or the next breaker probe), so 5 s … 10 h pass in no time.
 * Every delivery must end delivered after exactly the attempts the receiver's script implies
 * (never more than 8), never attempted before its schedule allows, and every attempt must be
 * recorded with the right error class.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, rawSql } from '../../db/client';
import { deliveries, webhooks } from '../../db/schema';
import { attemptDelivery, claimDueDeliveries, MAX_ATTEMPTS, type AttemptOutcome } from '../../lib/delivery/attempt-delivery';
import { JITTER_RATIO, RETRY_DELAYS_MS } from '../../lib/delivery/schedule';
import { closeIdleConnections } from '../../lib/delivery/transport';
import { createLead } from '../../lib/leads/create-lead';
import { createWebhook } from '../../lib/webhooks/create-webhook';
import { leadInput, makeDepartment, makeProgram } from '../factories';
import { actor, setEnv } from './helpers';

const SEED = 20261128;
const WEBHOOKS = 2;
const LEADS = 25;
const TIMEOUT_MS = 1_000;

type Fate = 200 | 500 | 502 | 503 | 504 | 'hang' | 'reset';

/** mulberry32: a small seeded PRNG. */
function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIVE_XX: Fate[] = [500, 502, 503, 504];

/** The receiver's script: what attempt `n` (1-based) of lead `i` to webhook `w` gets. */
function fate(w: number, i: number, n: number): Fate {
  const r = mulberry32(SEED + w * 1_000_003 + i * 10_007 + n * 101)();
  const pick = mulberry32(SEED ^ (w * 7919 + i * 104_729 + n * 13))();
  // Webhook 1 is down for every first attempt: a burst of failures that opens its breaker.
  const x = w === 1 && n === 1 ? r * 0.5 : r;
  if (x < 0.3) return FIVE_XX[Math.floor(pick * FIVE_XX.length)]!;
  if (x < 0.4) return 'hang';
  if (x < 0.5) return 'reset';
  return 200;
}

/** Attempts lead `i` needs at webhook `w`: up to and including its first 200. */
function expectedAttempts(w: number, i: number): number {
  for (let n = 1; n <= 50; n++) if (fate(w, i, n) === 200) return n;
  return Infinity;
}

let restoreEnv: () => void;
/** Fates served, per `${w}:${i}`, in arrival order. */
const served = new Map<string, Fate[]>();
const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const w = Number(/\/chaos\/(\d+)/.exec(req.url ?? '')?.[1]);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data: { lead: { message: string } } };
    const i = Number(/^chaos-(\d+)$/.exec(body.data.lead.message)?.[1]);
    const key = `${w}:${i}`;
    const list = served.get(key) ?? [];
    const f = fate(w, i, list.length + 1);
    list.push(f);
    served.set(key, list);
    if (f === 'hang') return; // never answer: the client times out
    if (f === 'reset') return req.socket.destroy();
    res.writeHead(f, { 'content-type': 'text/plain' }).end(f === 200 ? 'ok' : 'unavailable');
  });
});
// Idle keep-alive sockets outlive the whole test: a pooled socket is never closed under a request.
server.keepAliveTimeout = 120_000;

beforeAll(async () => {
  restoreEnv = setEnv({
    PUENTE_ALLOW_PRIVATE_WEBHOOKS: '1',
    PUENTE_ENGINE: 'off',
    PUENTE_BREAKER_THRESHOLD: undefined,
    PUENTE_BREAKER_COOLDOWN_MS: undefined,
    PUENTE_BREAKER_MAX_COOLDOWN_MS: undefined,
    PUENTE_WEBHOOK_MAX_IN_FLIGHT: undefined,
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
  closeIdleConnections();
  restoreEnv();
});

describe('receiver chaos over the full retry schedule (test clock)', () => {
  it('delivers everything within 8 attempts, on schedule, through the breaker, every attempt classified', async () => {
    // The script itself: every lead gets through within the schedule, and every kind of trouble occurs.
    const all: Fate[] = [];
    for (let w = 0; w < WEBHOOKS; w++)
      for (let i = 0; i < LEADS; i++) {
        const k = expectedAttempts(w, i);
        expect(k, `seed ${SEED}: lead ${i} at webhook ${w} would need ${k} attempts`).toBeLessThanOrEqual(MAX_ATTEMPTS);
        for (let n = 1; n <= k; n++) all.push(fate(w, i, n));
      }
    for (const kind of ['hang', 'reset', 200] as Fate[]) expect(all).toContain(kind);
    expect(all.some((f) => typeof f === 'number' && f >= 500)).toBe(true);
    expect(Math.max(...[...Array(LEADS).keys()].map((i) => expectedAttempts(0, i)))).toBeGreaterThanOrEqual(3);

    let t = new Date('2026-11-28T12:00:00Z').getTime();
    const clock = () => new Date(t);
    const port = (server.address() as AddressInfo).port;
    const dep = await makeDepartment();
    const program = await makeProgram(dep.id);
    const hookIds: string[] = [];
    for (let w = 0; w < WEBHOOKS; w++) {
      const c = await createWebhook(db, dep.id, { url: `http://127.0.0.1:${port}/chaos/${w}`, events: ['lead.created'] }, actor);
      if (!c.ok) throw new Error(JSON.stringify(c.fieldErrors));
      await db.delete(deliveries).where(eq(deliveries.id, c.pingDeliveryId));
      hookIds.push(c.webhook.id);
    }
    for (let i = 0; i < LEADS; i++) {
      const r = await createLead(db, leadInput([program.id], { message: `chaos-${i}` }), { now: clock() });
      if (!r.ok || r.deliveries.length !== WEBHOOKS) throw new Error('lead not planned');
      t += 1;
    }

    const jitter = mulberry32(SEED);
    const outcomes: AttemptOutcome[] = [];
    let breakerOpenings = 0;
    let rounds = 0;
    const started = Date.now();
    for (;;) {
      rounds++;
      expect(rounds, 'the engine made no progress').toBeLessThan(2_000);
      const { claimed, nextRunAt } = await claimDueDeliveries(100, { now: clock(), leaseMs: 60_000 });
      if (claimed.length > 0) {
        const rs = await Promise.all(
          claimed.map((c) => attemptDelivery(c.id, { claimed: c, clock, timeoutMs: TIMEOUT_MS, random: jitter })),
        );
        outcomes.push(...rs);
        continue;
      }
      const [left] = await rawSql()<{ n: number }[]>`select count(*)::int as n from delivery_queue`;
      if (left!.n === 0) break;
      // Nothing claimable now: jump to the next due retry or the next breaker probe.
      const [probe] = await rawSql()<{ at: string | null }[]>`
        select min(next_probe_at)::text as at from webhooks where next_probe_at > ${clock().toISOString()}`;
      const next = [nextRunAt?.getTime(), probe?.at ? new Date(probe.at).getTime() : undefined].filter(
        (x): x is number => x !== undefined && x > t,
      );
      expect(next.length, `stuck at ${clock().toISOString()} with ${left!.n} deliveries unfinished`).toBeGreaterThan(0);
      if (probe?.at && new Date(probe.at).getTime() === Math.min(...next)) breakerOpenings++;
      t = Math.min(...next);
    }
    const histogram: Record<number, number> = {};
    for (let w = 0; w < WEBHOOKS; w++) for (let i = 0; i < LEADS; i++) histogram[expectedAttempts(w, i)] = (histogram[expectedAttempts(w, i)] ?? 0) + 1;
    const virtualHours = (t - new Date('2026-11-28T12:00:00Z').getTime()) / 3_600_000;
    console.log(
      `chaos: ${outcomes.length} attempts in ${rounds} rounds, ${((Date.now() - started) / 1000).toFixed(1)} s real, ${virtualHours.toFixed(1)} h virtual; ` +
        `clock jumped to a breaker probe ${breakerOpenings} time(s); attempts needed per delivery ${JSON.stringify(histogram)}`,
    );
    // The breaker opened (webhook 1's outage) and was waited out, not given up on.
    expect(outcomes.some((o) => 'coolingUntil' in o && o.coolingUntil !== null)).toBe(true);
    expect(breakerOpenings).toBeGreaterThan(0);

    // Every delivery: delivered, after exactly the attempts the script implies.
    const rows = await db.execute<{ id: string; webhook_id: string; message: string; status: string; attempt_count: number }>(sql`
      select d.id, d.webhook_id, e.payload->'data'->'lead'->>'message' as message, d.status::text, d.attempt_count
        from deliveries d join events e on e.id = d.event_id`);
    expect(rows).toHaveLength(WEBHOOKS * LEADS);
    for (const r of rows) {
      const w = hookIds.indexOf(r.webhook_id);
      const i = Number(r.message.slice('chaos-'.length));
      const label = `lead ${i} at webhook ${w}`;
      expect(r.status, label).toBe('delivered');
      expect(r.attempt_count, label).toBe(expectedAttempts(w, i));
      expect(r.attempt_count, label).toBeLessThanOrEqual(MAX_ATTEMPTS);
      expect(served.get(`${w}:${i}`), label).toHaveLength(r.attempt_count);

      // Every attempt recorded, with the class matching what the receiver did.
      const attempts = await db.execute<{ n: number; status: number | null; cls: string | null; started: string }>(sql`
        select attempt_number as n, response_status as status, error_class::text as cls, started_at::text as started
          from delivery_attempts where delivery_id = ${r.id}::uuid order by attempt_number`);
      expect(attempts.map((a) => a.n), label).toEqual([...Array(r.attempt_count).keys()].map((k) => k + 1));
      attempts.forEach((a, k) => {
        const f = fate(w, i, k + 1);
        const expected =
          f === 'hang' ? { status: null, cls: 'timeout' } : f === 'reset' ? { status: null, cls: 'connection' } : { status: f, cls: f === 200 ? null : 'http' };
        expect({ status: a.status, cls: a.cls }, `${label}, attempt ${k + 1}`).toEqual(expected);
        // Never earlier than the schedule allows (the breaker may only make it later).
        if (k > 0) {
          const gap = new Date(a.started).getTime() - new Date(attempts[k - 1]!.started).getTime();
          expect(gap, `${label}, attempt ${k + 1}`).toBeGreaterThanOrEqual(Math.floor(RETRY_DELAYS_MS[k - 1]! * (1 - JITTER_RATIO)));
        }
      });
    }
    // Nothing left on the work list, and every webhook healthy and enabled at the end.
    const [q] = await rawSql()<{ n: number }[]>`select count(*)::int as n from delivery_queue`;
    expect(q!.n).toBe(0);
    const hooks = await db.select().from(webhooks);
    for (const h of hooks) expect(h).toMatchObject({ disabledAt: null, nextProbeAt: null, consecutiveFailures: 0 });
  }, 90_000);
});
