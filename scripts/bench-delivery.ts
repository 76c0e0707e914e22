/**
 * `npm run bench:delivery [-- [--quick] [--workers N] [--concurrency N]]`: how fast and how
 * fairly the embedded delivery engine delivers, against a baseline measured in the same run.
 * A script that prints figures, not a test. Everything runs on 127.0.0.1 against a throw-away
 * embedded Postgres (removed at the end, even on error or Ctrl-C), with these processes:
 * this one (sets up, creates leads, measures), the receiver (scripts/bench/receiver.ts: a
 * 200-OK server plus a "black hole" server that never answers), the baseline load client
 * (scripts/bench/load-client.ts) and N `npm run worker` processes (scripts/worker.ts, forked
 * with `--import tsx`; `--concurrency N` sets their PUENTE_WORKER_CONCURRENCY, default the
 * engine's own). The same worker(s) run from the drain to the end.
 *
 *  1. baseline: raw keep-alive POSTs/s from the load client to the receiver, concurrency 50,
 *     body the size of a delivery's. No database, no signing.
 *  2. drain: N deliveries (100,000; 10,000 with --quick) to 10 webhooks of one department,
 *     planned up front in bulk SQL (leads, events, deliveries, then their delivery_queue rows);
 *     the worker(s) deliver them all. Deliveries/s from the queue rows' commit to the last
 *     delivery recorded as delivered, the ratio to the baseline, and each process's CPU share.
 *  3. sustained: leads made by the real createLead, called from this process open-loop on a
 *     timer (not awaited one by one), each fanning out to the same 10 webhooks (1 lead = 10
 *     deliveries), on a ladder of lead rates after a short warm-up, each step bounded in time (5 s;
 *     2 s with --quick) and followed by a bounded wait for the queue to empty.
 *     Per step: leads/s offered, deliveries/s the receiver got during the step, and the
 *     lead→receiver latency of every delivery (createLead call start → first request of that
 *     lead at that webhook's path, timed by the receiver) p50/p99. A step holds if p99 ≤ 150 ms,
 *     every delivery arrived, the receiver kept up (≥ 90% of the offered deliveries/s), the
 *     queue did not grow and this process could offer the rate. Climbing stops at the first
 *     step that does not hold (with --quick, also once the run has taken 35 s). sustained_ratio = the highest held step's deliveries/s ÷
 *     baseline; the RESULT's p50_ms/p99_ms are that step's (the lowest step's if none held).
 *  4. isolation: department A's one webhook points at the black hole, with a backlog of
 *     10,000 deliveries (2,000 with --quick) queued in bulk; department B's healthy webhook gets
 *     leads from createLead at 20/s for 10 s (5 s with --quick). The worker keeps the default
 *     HTTP timeout (15 s); in the full run B's traffic starts 8 s after the backlog so that the
 *     black hole's first timeouts (and its breaker opening) fall inside B's window. B's
 *     lead→receiver p50/p99 is hol_p99_ms (delivery_queue is ANALYZEd once the backlog is in,
 *     as autovacuum would for a lasting backlog); the same traffic for half as long before the
 *     backlog is printed as a control, and B's leads before/after A's first timeouts apart.
 *     Prints A's breaker state (consecutive_failures, next_probe_at), its leased deliveries
 *     against its cap, and what the black hole received.
 *  5. the worker's peak RSS (IPC stats); lost = deliveries that should have been delivered
 *     (every one except the black hole's) whose webhook-id never reached the receiver, after a
 *     bounded wait, plus createLead calls that failed; dupes = requests with a webhook-id at
 *     the receiver minus distinct webhook-ids, over the whole run. The black hole's requests
 *     (re-sends after a timeout are legitimate) are counted apart and excluded from both.
 * Last line:
 * RESULT deliveries_per_s=… baseline_per_s=… ratio=… sustained_ratio=… p50_ms=… p99_ms=… hol_p99_ms=… rss_mb=… lost=… dupes=…
 * BENCH_ASYNC_COMMIT=1 runs Postgres with synchronous_commit off; BENCH_PROFILE=1 writes a CPU
 * profile of each worker to .data/profiles/.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { closeDb, db } from '../db/client';
import { runMigrations } from '../lib/runtime/migrate';
import { departments, programs } from '../db/schema';
import { DEFAULT_TIMEOUT_MS } from '../lib/delivery/attempt-delivery';
import { leadCreatedEnvelope, type LeadCreatedEventPayload } from '../lib/delivery/envelope';
import { env } from '../lib/env';
import { createLead } from '../lib/leads/create-lead';
import type { LeadInput } from '../lib/leads/lead-schema';
import { startEmbeddedPostgres, type RunningPostgres } from '../lib/runtime/embedded-postgres';
import { createWebhook } from '../lib/webhooks/create-webhook';
import { freePort } from '../test/global-setup';
import { ask, waitFor } from './bench/ipc';
import { cpuShares, cpuTimes, percentile, type CpuTimes } from './bench/stats';

// ── options
const quick = process.argv.includes('--quick');
const argValue = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const positiveInt = (name: string): number | undefined => {
  const v = argValue(name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} wants a positive integer, got ${v}`);
  return n;
};
/** `--workers N`: N `npm run worker` processes share the work (default 1). */
const WORKERS = positiveInt('--workers') ?? 1;
/** `--concurrency N`: each worker's PUENTE_WORKER_CONCURRENCY (default: the engine's). */
const WORKER_CONCURRENCY = positiveInt('--concurrency');

const cfg = quick
  ? {
      baselineMs: 2_000,
      drainN: 10_000,
      drainLimitMs: 30_000,
      /** The ladder stops climbing once the run has taken this long, to stay under a minute. */
      ladderBudgetMs: 35_000,
      warmUpMs: 500,
      ladder: [10, 20, 35, 50, 70, 100],
      stepMs: 2_000,
      settleMs: 2_000,
      holeBacklog: 2_000,
      isoMs: 5_000,
      isoLeadInMs: 500,
      finalWaitMs: 10_000,
    }
  : {
      baselineMs: 5_000,
      drainN: 100_000,
      drainLimitMs: 300_000,
      ladderBudgetMs: 600_000,
      warmUpMs: 1_000,
      ladder: [5, 10, 20, 30, 40, 50, 60, 75, 90, 110, 130, 160, 200, 250, 300],
      stepMs: 5_000,
      settleMs: 10_000,
      holeBacklog: 10_000,
      isoMs: 10_000,
      isoLeadInMs: 8_000,
      finalWaitMs: 30_000,
    };
const WEBHOOKS = 10;
const BASELINE_CONCURRENCY = 50;
const ISO_RATE = 20;
const P99_LIMIT_MS = 150;
/** A lead's free-text message: makes a delivery's body about 1.5 kB, like a real one. */
const MESSAGE = 'Necesito financiamiento para ampliar el negocio. '.repeat(17);
/** createLead calls in flight at once; beyond it the step is marked as not offered. */
const MAX_OUTSTANDING = 500;

const TARGETS = { ratio: 0.4, sustainedRatio: 0.25, p50: 30, p99: P99_LIMIT_MS, holP99: 1000, rssMb: 300, lost: 0, dupesShare: 0.001 };

const log = (s: string) => console.log(s);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Wall-clock ms with sub-ms resolution, comparable with the receiver's. */
const wall = () => performance.timeOrigin + performance.now();
const f0 = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : 'n/a');
const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');
const f2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : 'n/a');
const benchStarted = performance.now();

// ── child processes
const children = new Set<ChildProcess>();
function child(script: string, args: string[], env: NodeJS.ProcessEnv = process.env, profile = false): ChildProcess {
  // `--import tsx` keeps each child one process (the tsx CLI would add a wrapper process).
  const imports = ['--import', 'tsx', '--import', './scripts/allow-server-only.mjs'];
  const execArgv = profile ? ['--cpu-prof', '--cpu-prof-dir=.data/profiles', ...imports] : imports;
  const c = fork(script, args, { execArgv, env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  children.add(c);
  c.once('exit', () => children.delete(c));
  return c;
}
const alive = (c: ChildProcess) => c.exitCode === null && c.signalCode === null;
function exited(c: ChildProcess, ms: number): Promise<boolean> {
  if (!alive(c)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    c.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

// ── the run's state, for cleanup
const dir = mkdtempSync(path.join(os.tmpdir(), 'puente-bench-'));
let pg: RunningPostgres | undefined;
let receiver: ChildProcess | undefined;
const workers: ChildProcess[] = [];

let cleaning: Promise<void> | undefined;
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    // The receiver first: dropping the black hole's connections lets the workers' hung
    // requests fail at once, so the workers stop without waiting on them.
    if (receiver && alive(receiver)) await ask(receiver, { type: 'stop' }, 2_000).catch(() => {});
    for (const c of children) if (alive(c)) c.kill('SIGTERM');
    await Promise.all([...children].map((c) => exited(c, 12_000)));
    for (const c of children) if (alive(c)) c.kill('SIGKILL');
    await closeDb().catch(() => {});
    if (pg) await pg.stop().catch((e: unknown) => console.error('stopping Postgres:', e instanceof Error ? e.message : e));
    rmSync(dir, { recursive: true, force: true });
  })();
  return cleaning;
}
let interrupted = false;
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.once(sig, () => {
    interrupted = true;
    console.error(`\n${sig}: stopping the benchmark`);
    void cleanup().finally(() => process.exit(130));
  });
}

// ── receiver questions
interface ReceiverStats {
  hookRequests: number;
  distinct: number;
  hookBytes: number;
  plainRequests: number;
  tracked: number;
  hole: { requests: number; distinct: number; openConnections: number };
}
const receiverStats = () => ask<ReceiverStats>(receiver!, { type: 'stats' });
/** Arrival times (wall ms) of `<reference>|<path>` keys at the receiver, null if not arrived. */
async function arrivalTimes(keys: string[]): Promise<(number | null)[]> {
  const out: (number | null)[] = [];
  for (let i = 0; i < keys.length; i += 20_000) {
    const { times } = await ask<{ times: (number | null)[] }>(receiver!, { type: 'arrivals', keys: keys.slice(i, i + 20_000) }, 30_000);
    out.push(...times);
  }
  return out;
}

// ── database helpers
async function count(query: ReturnType<typeof sql>): Promise<number> {
  const [row] = await db.execute<{ n: number }>(query);
  return row?.n ?? 0;
}
const queueDepth = (exceptWebhook = '00000000-0000-0000-0000-000000000000') =>
  count(sql`select count(*)::int as n from delivery_queue where webhook_id <> ${exceptWebhook}::uuid`);

interface Dept {
  id: string;
  programId: string;
  acronym: string;
}

/** Leads, their events and their deliveries to every webhook of the department, in one statement (no queue rows yet). */
async function bulkPlan(dep: Dept, leadsCount: number, tag: string, templateEventId: string): Promise<void> {
  await db.execute(sql`
    with l as (
      insert into leads (reference, name, email, phone, business_name, municipality, business_stage, sector, message, locale, consent_at, consented_departments)
      select 'BULK-' || ${tag} || '-' || g, 'Bench ' || g, 'b' || g || '@example.com', '787-555-0000', 'Bench', 'Ponce', 'new', 'services',
             ${MESSAGE}, 'es', now(), ${JSON.stringify([dep.acronym])}::jsonb
        from generate_series(1, ${leadsCount}::int) g
      returning id, reference
    ), e as (
      insert into events (type, lead_id, payload)
      select 'lead.created', l.id,
             jsonb_set(jsonb_set(t.payload, '{data,lead,id}', to_jsonb(l.id::text)), '{data,lead,reference}', to_jsonb(l.reference))
        from l, events t where t.id = ${templateEventId}::uuid
      returning id
    )
    insert into deliveries (webhook_id, department_id, event_id, event_type, message_id)
    select w.id, w.department_id, e.id, 'lead.created', 'msg_' || replace(gen_random_uuid()::text, '-', '')
      from e cross join webhooks w where w.department_id = ${dep.id}::uuid`);
}

/** The work-list rows of the department's planned deliveries that have none: due now. Their commit wakes the workers. */
async function enqueue(dep: Dept): Promise<void> {
  await db.execute(sql`
    insert into delivery_queue (delivery_id, webhook_id, run_at)
    select d.id, d.webhook_id, d.created_at from deliveries d
     where d.department_id = ${dep.id}::uuid and d.status = 'pending'
       and not exists (select 1 from delivery_queue q where q.delivery_id = d.id)`);
}

// ── leads through createLead, open-loop
interface Submitted {
  reference: string;
  /** Wall ms when the createLead call started. */
  at: number;
  createMs: number;
  keys: string[];
}
const pathOf = new Map<string, string>();
let leadSeq = 0;
const leadInput = (programId: string): LeadInput => {
  const i = ++leadSeq;
  return {
    name: `Bench ${i}`, email: `b${i}@example.com`, phone: '787-555-0000', businessName: 'Bench', municipality: 'Ponce',
    businessStage: 'new', sector: 'services', message: MESSAGE, programIds: [programId], consent: true, locale: 'es',
  };
};
const createErrors: string[] = [];
/** Every lead made through createLead during the run, for the final count of what arrived. */
const everySubmitted: Submitted[] = [];

async function submit(programId: string, into: Submitted[]): Promise<void> {
  const at = wall();
  const t = performance.now();
  try {
    const r = await createLead(db, leadInput(programId));
    if (!r.ok) {
      createErrors.push(r.reason);
      return;
    }
    const s = { reference: r.reference, at, createMs: performance.now() - t, keys: r.deliveries.map((d) => `${r.reference}|${pathOf.get(d.webhookId) ?? '?'}`) };
    into.push(s);
    everySubmitted.push(s);
  } catch (e) {
    createErrors.push(e instanceof Error ? e.message : String(e));
  }
}

/**
 * Starts `fire()` `rate` times a second for `durationMs`, each on its schedule and not awaited
 * (open loop): a slow call does not delay the next. Returns when the window is over, with the
 * calls still running in `pending`. Calls beyond MAX_OUTSTANDING in flight are not made (`skipped`).
 */
async function openLoop(rate: number, durationMs: number, fire: () => Promise<void>) {
  const total = Math.round((rate * durationMs) / 1000);
  const inFlight = new Set<Promise<void>>();
  const pending: Promise<void>[] = [];
  let started = 0;
  let skipped = 0;
  let maxLagMs = 0;
  const t0 = performance.now();
  while (started + skipped < total) {
    const elapsed = performance.now() - t0;
    const due = Math.min(total, Math.floor((elapsed * rate) / 1000) + 1);
    maxLagMs = Math.max(maxLagMs, elapsed - ((started + skipped) * 1000) / rate);
    while (started + skipped < due) {
      if (inFlight.size >= MAX_OUTSTANDING) {
        skipped++;
        continue;
      }
      const p: Promise<void> = fire().finally(() => inFlight.delete(p));
      inFlight.add(p);
      pending.push(p);
      started++;
    }
    if (started + skipped >= total) break;
    await sleep(Math.max(0, t0 + ((started + skipped) * 1000) / rate - performance.now()));
  }
  const left = t0 + durationMs - performance.now();
  if (left > 0) await sleep(left);
  return { started, skipped, maxLagMs, pending, seconds: (performance.now() - t0) / 1000 };
}

/** Waits for createLead calls, but not forever. */
async function settled(pending: Promise<void>[], ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const ok = await Promise.race([
    Promise.allSettled(pending).then(() => true),
    new Promise<boolean>((r) => {
      timer = setTimeout(() => r(false), ms);
    }),
  ]);
  clearTimeout(timer);
  return ok;
}

/**
 * Lead→receiver latencies of every delivery of these leads (createLead call start → first
 * arrival); one not arrived counts as (now − start), a lower bound. Also commit→receiver
 * (from createLead's return), which leaves out the lead's own transaction.
 */
async function latencies(subs: Submitted[]) {
  const keys = subs.flatMap((s) => s.keys);
  const starts = subs.flatMap((s) => s.keys.map(() => s.at));
  const commits = subs.flatMap((s) => s.keys.map(() => s.at + s.createMs));
  const times = await arrivalTimes(keys);
  const asked = wall();
  const missing = times.filter((t) => t === null).length;
  const lat = times.map((t, i) => (t ?? asked) - starts[i]!).sort((a, b) => a - b);
  const afterCommit = times.map((t, i) => (t ?? asked) - commits[i]!).sort((a, b) => a - b);
  return {
    n: lat.length,
    missing,
    p50: percentile(lat, 50),
    p99: percentile(lat, 99),
    max: lat[lat.length - 1] ?? Number.NaN,
    commitP50: percentile(afterCommit, 50),
    commitP99: percentile(afterCommit, 99),
  };
}

/** Polls until `done()` or `ms` pass; true if done. */
async function until(done: () => Promise<boolean>, ms: number, everyMs = 50): Promise<boolean> {
  const end = performance.now() + ms;
  for (;;) {
    if (await done()) return true;
    if (performance.now() >= end) return false;
    await sleep(everyMs);
  }
}

let postmaster: number | undefined;
/** The most CPU other processes on the machine used during a measurement, in % of one core. */
let maxOtherShare = 0;
const noteOther = (a: CpuTimes, b: CpuTimes, seconds: number) => {
  if (a.available && b.available) maxOtherShare = Math.max(maxOtherShare, ((b.other - a.other) / 1000 / seconds) * 100);
};
const cpuNow = (): CpuTimes => cpuTimes({ postmaster, workers: workers.map((w) => w.pid), receiver: receiver?.pid, bench: process.pid });
const workerLabel = WORKERS > 1 ? `${WORKERS} workers` : 'worker';

async function main(): Promise<void> {
  log(`Puente delivery benchmark${quick ? ' (quick)' : ''}: ${os.cpus().length} cores, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);

  // ── a throw-away embedded Postgres, the receiver and the world (3 departments, 12 webhooks)
  pg = await startEmbeddedPostgres({ dataDir: dir, port: await freePort(), password: 'bench' });
  const url = await pg.ensureDatabase('bench');
  try {
    postmaster = Number(readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]) || undefined;
  } catch {
    postmaster = undefined; // CPU shares then count every process named postgres as ours
  }
  await runMigrations(url);
  if (process.env.BENCH_ASYNC_COMMIT === '1') {
    const { default: postgres } = await import('postgres');
    const admin = postgres(url, { max: 1 });
    await admin.unsafe('alter database bench set synchronous_commit = off');
    await admin.end();
  }
  Object.assign(process.env, {
    DATABASE_URL: url,
    PUENTE_ENCRYPTION_KEY: Buffer.alloc(32, 9).toString('base64'),
    PUENTE_ALLOW_PRIVATE_WEBHOOKS: '1',
    PUENTE_ENGINE: 'embedded',
    NEXTAUTH_SECRET: 'bench-secret-bench-secret',
  });
  const e = env();
  const httpTimeoutMs = e.PUENTE_HTTP_TIMEOUT_MS ?? DEFAULT_TIMEOUT_MS;

  receiver = child('scripts/bench/receiver.ts', []);
  const { port, holePort } = await waitFor<{ port: number; holePort: number }>(receiver, 'ready', 30_000);
  const receiverUrl = `http://127.0.0.1:${port}`;

  const actor = { email: 'bench@example.com' };
  const department = async (slug: string, acronym: string): Promise<Dept> => {
    const [dep] = await db.insert(departments).values({ slug, name: `${acronym} Department`, acronym, status: 'approved' }).returning();
    const [program] = await db
      .insert(programs)
      .values({ departmentId: dep!.id, slug: `${slug}-p`, kind: 'financing', titleEs: 'Programa', titleEn: 'Program', summaryEs: 's', summaryEn: 's', descriptionEs: 'd', descriptionEn: 'd' })
      .returning();
    return { id: dep!.id, programId: program!.id, acronym };
  };
  const webhook = async (dep: Dept, hookUrl: string): Promise<string> => {
    const w = await createWebhook(db, dep.id, { url: hookUrl, events: ['lead.created'] }, actor);
    if (!w.ok) throw new Error(`webhook ${hookUrl}: ${JSON.stringify(w.fieldErrors)}`);
    pathOf.set(w.webhook.id, new URL(hookUrl).pathname);
    return w.webhook.id;
  };
  const bench = await department('bench', 'BENCH');
  const deptA = await department('hole', 'HOLE');
  const deptB = await department('iso', 'ISO');
  for (let i = 0; i < WEBHOOKS; i++) await webhook(bench, `${receiverUrl}/hooks/${i}`);
  const holeHook = await webhook(deptA, `http://127.0.0.1:${holePort}/hole`);
  await webhook(deptB, `${receiverUrl}/iso/healthy`);
  // One real lead per bulk-planned department: its event is the template of the bulk ones.
  const benchTemplate = await createLead(db, leadInput(bench.programId));
  const holeTemplate = await createLead(db, leadInput(deptA.programId));
  if (!benchTemplate.ok || !holeTemplate.ok) throw new Error('template leads');
  // No worker runs yet: the webhooks' pings and the templates' deliveries go, so that every
  // delivery left is one this benchmark means to measure.
  await db.execute(sql`delete from deliveries`);
  const [tpl] = await db.execute<{ payload: LeadCreatedEventPayload }>(sql`select payload from events where id = ${benchTemplate.eventId}::uuid`);
  const bodyBytes = JSON.stringify(leadCreatedEnvelope(tpl!.payload, bench.id)).length;

  // ── 1. baseline
  const client = child('scripts/bench/load-client.ts', [`${receiverUrl}/baseline`, String(BASELINE_CONCURRENCY), String(cfg.baselineMs), String(bodyBytes)]);
  // The load client counts as "bench process" here; only "anything else" is reported.
  const baselineRoles = { postmaster, workers: [], receiver: receiver.pid, bench: client.pid ?? process.pid };
  const cpuBase0 = cpuTimes(baselineRoles);
  const tBase = performance.now();
  const baseline = await waitFor<{ perSecond: number; requests: number; errors: number }>(client, 'done', cfg.baselineMs + 30_000);
  const cpuBase1 = cpuTimes(baselineRoles);
  const baseOther = cpuBase1.available ? ((cpuBase1.other - cpuBase0.other) / (performance.now() - tBase)) * 100 : Number.NaN;
  noteOther(cpuBase0, cpuBase1, (performance.now() - tBase) / 1000);
  log(
    `1. baseline: raw keep-alive loopback POSTs between two processes, concurrency ${BASELINE_CONCURRENCY}, ${bodyBytes}-byte body: ` +
      `${f0(baseline.perSecond)}/s (${baseline.requests} in ${cfg.baselineMs / 1000} s${baseline.errors ? `, ${baseline.errors} errors` : ''}` +
      `${Number.isFinite(baseOther) ? `; other processes on the machine used ${f0(baseOther)}% of a core meanwhile` : ''})`,
  );

  // ── the worker(s), from here to the end
  const workerEnv: NodeJS.ProcessEnv = { ...process.env, PUENTE_DB_POOL: '4' };
  if (WORKER_CONCURRENCY !== undefined) workerEnv.PUENTE_WORKER_CONCURRENCY = String(WORKER_CONCURRENCY);
  for (let i = 0; i < WORKERS; i++) workers.push(child('scripts/worker.ts', [], workerEnv, process.env.BENCH_PROFILE === '1'));
  await Promise.all(workers.map((w) => waitFor(w, 'ready', 60_000)));
  const concurrencyNote = `concurrency ${WORKER_CONCURRENCY ?? e.PUENTE_WORKER_CONCURRENCY} each, per-webhook cap ${e.PUENTE_WEBHOOK_MAX_IN_FLIGHT}, HTTP timeout ${httpTimeoutMs / 1000} s`;

  // ── 2. drain
  const tPlan = performance.now();
  await bulkPlan(bench, cfg.drainN / WEBHOOKS, 'D', benchTemplate.eventId);
  const planned = await count(sql`select count(*)::int as n from deliveries where department_id = ${bench.id}::uuid`);
  const rDrain0 = await receiverStats();
  await enqueue(bench);
  // The clock starts when the queue rows are committed: that commit is what wakes the workers.
  const drainStart = performance.now();
  const cpuDrain0 = cpuNow();
  log(
    `2. drain: ${planned} deliveries to ${WEBHOOKS} webhooks of one department planned and queued in ${f1((drainStart - tPlan) / 1000)} s (bulk SQL); ` +
      `${WORKERS} worker process${WORKERS > 1 ? 'es' : ''} (${concurrencyNote}) deliver them`,
  );
  let allArrivedS = Number.NaN;
  let delivered = 0;
  const drainDone = await until(async () => {
    const r = await receiverStats();
    if (r.distinct - rDrain0.distinct < planned) return false;
    if (Number.isNaN(allArrivedS)) allArrivedS = (performance.now() - drainStart) / 1000;
    delivered = await count(sql`select count(*)::int as n from deliveries where department_id = ${bench.id}::uuid and status = 'delivered'`);
    return delivered >= planned;
  }, cfg.drainLimitMs);
  const drainS = (performance.now() - drainStart) / 1000;
  const cpuDrain1 = cpuNow();
  if (!drainDone) delivered = await count(sql`select count(*)::int as n from deliveries where department_id = ${bench.id}::uuid and status = 'delivered'`);
  const rDrain1 = await receiverStats();
  const drainPerS = delivered / drainS;
  const drainRatio = drainPerS / baseline.perSecond;
  const avgBody = (rDrain1.hookBytes - rDrain0.hookBytes) / Math.max(1, rDrain1.hookRequests - rDrain0.hookRequests);
  log(
    `   ${delivered} delivered in ${f1(drainS)} s = ${f0(drainPerS)}/s, ${f2(drainRatio)} × baseline` +
      (drainDone ? ` (all had reached the receiver at ${f1(allArrivedS)} s; mean body ${f0(avgBody)} bytes)` : ` — INCOMPLETE: stopped after ${cfg.drainLimitMs / 1000} s`),
  );
  log(`   CPU meanwhile (100% = one core of ${os.cpus().length}): ${cpuShares(cpuDrain0, cpuDrain1, drainS, workerLabel)}`);
  noteOther(cpuDrain0, cpuDrain1, drainS);
  // Housekeeping between phases, so that autovacuum or a checkpoint of the drain's writes
  // does not land in the middle of the next phase.
  await db.execute(sql`vacuum analyze delivery_queue, deliveries`);
  await db.execute(sql`checkpoint`);
  // What grows with time (docs/scaling.md): table and index bytes per delivery after the drain,
  // scaled to a million. Leads and events are per lead (10 deliveries each here).
  {
    const rows = await db.execute<{ rel: string; heap: string; toast: string; idx: string }>(sql`
      select c.relname as rel, pg_relation_size(c.oid)::text as heap,
             coalesce(pg_total_relation_size(c.reltoastrelid), 0)::text as toast, pg_indexes_size(c.oid)::text as idx
        from pg_class c where c.relname in ('deliveries', 'delivery_attempts', 'events', 'leads', 'lead_programs', 'delivery_queue')
       order by c.relname`);
    const totalDeliveries = await count(sql`select count(*)::int as n from deliveries`);
    const mb = (b: number) => `${f0((b / Math.max(1, totalDeliveries)) * 1e6 / 1e6)} MB`;
    log(`   storage per million deliveries (${totalDeliveries} in the database; heap + TOAST / indexes):`);
    for (const r of rows) log(`     ${r.rel.padEnd(18)} ${mb(Number(r.heap) + Number(r.toast)).padStart(8)} / ${mb(Number(r.idx)).padStart(8)}`);
  }

  // ── 3. sustained
  log(
    `3. sustained: leads from createLead in this process, open-loop; 1 lead = ${WEBHOOKS} deliveries (the drain's ${WEBHOOKS} webhooks); ` +
      `${cfg.stepMs / 1000} s per step; a step holds if p99 ≤ ${P99_LIMIT_MS} ms, all arrive, the receiver keeps up and the queue does not grow`,
  );
  // Warm-up (not reported): this process's createLead path and the worker's idle wake-up.
  const warm = await openLoop(cfg.ladder[0]!, cfg.warmUpMs, () => submit(bench.programId, []));
  await settled(warm.pending, 10_000);
  await until(async () => (await queueDepth()) === 0, cfg.settleMs, 20);
  interface Step {
    rate: number;
    offeredDps: number;
    achievedDps: number;
    p50: number;
    p99: number;
    held: boolean;
  }
  const steps: Step[] = [];
  for (const rate of cfg.ladder) {
    if (performance.now() - benchStarted > cfg.ladderBudgetMs) {
      log(`   stopping the ladder here: the run has taken ${f0((performance.now() - benchStarted) / 1000)} s (budget ${cfg.ladderBudgetMs / 1000} s)`);
      break;
    }
    const subs: Submitted[] = [];
    const r0 = await receiverStats();
    const cpu0 = cpuNow();
    const early = sleep(cfg.stepMs / 4).then(() => queueDepth());
    const loop = await openLoop(rate, cfg.stepMs, () => submit(bench.programId, subs));
    const r1 = await receiverStats();
    const cpu1 = cpuNow();
    const depthEarly = await early;
    const depthEnd = await queueDepth();
    const allCreated = await settled(loop.pending, 10_000);
    const drained = await until(async () => (await queueDepth()) === 0, cfg.settleMs, 20);
    const lat = await latencies(subs);
    const offeredDps = (loop.started * WEBHOOKS) / loop.seconds;
    const achievedDps = (r1.hookRequests - r0.hookRequests) / loop.seconds;
    const createMs = subs.map((s) => s.createMs).sort((a, b) => a - b);
    const fanout = subs.every((s) => s.keys.length === WEBHOOKS);
    const why: string[] = [];
    if (lat.p99 > P99_LIMIT_MS) why.push(`p99 > ${P99_LIMIT_MS} ms`);
    if (lat.missing > 0) why.push(`${lat.missing} deliveries not arrived after ${cfg.settleMs / 1000} s`);
    if (achievedDps < 0.9 * rate * WEBHOOKS) why.push('receiver got < 90% of the offered deliveries/s');
    if (depthEnd - depthEarly > 0.1 * rate * WEBHOOKS * (0.75 * loop.seconds)) why.push(`queue grew ${depthEarly}→${depthEnd}`);
    if (!drained) why.push('queue not empty after the step');
    if (loop.skipped > 0 || loop.started < 0.95 * rate * (cfg.stepMs / 1000)) why.push(`this process could not offer the rate (${loop.skipped} skipped)`);
    if (!allCreated) why.push('createLead calls still running 10 s after the step');
    if (subs.length < loop.started) why.push(`${loop.started - subs.length} createLead calls failed or did not finish`);
    if (!fanout) why.push('a lead did not fan out to every webhook');
    const held = why.length === 0;
    steps.push({ rate, offeredDps, achievedDps, p50: lat.p50, p99: lat.p99, held });
    log(
      `   ${String(rate).padStart(3)} leads/s (${f0(offeredDps)} deliveries/s offered): got ${f0(achievedDps)}/s, ` +
        `latency p50 ${f1(lat.p50)} ms p99 ${f1(lat.p99)} ms max ${f0(lat.max)} ms (n=${lat.n}); ` +
        `of which createLead p50 ${f1(percentile(createMs, 50))} ms p99 ${f1(percentile(createMs, 99))} ms, ` +
        `commit→receiver p50 ${f1(lat.commitP50)} ms p99 ${f1(lat.commitP99)} ms; queue rows (in flight included) ${depthEarly}→${depthEnd}; ` +
        (held ? 'held' : `did not hold: ${why.join('; ')}`),
    );
    log(`        CPU: ${cpuShares(cpu0, cpu1, loop.seconds, workerLabel)}`);
    noteOther(cpu0, cpu1, loop.seconds);
    if (!held) break;
  }
  const best = [...steps].reverse().find((s) => s.held);
  const latencyStep = best ?? steps[0]!;
  const sustainedRatio = best ? best.achievedDps / baseline.perSecond : 0;
  log(
    best
      ? `   highest step that held: ${best.rate} leads/s = ${f0(best.achievedDps)} deliveries/s = ${f2(sustainedRatio)} × baseline; p50/p99 below are that step's`
      : `   no step held: sustained ratio 0; p50/p99 below are the lowest step's (${latencyStep.rate} leads/s)`,
  );

  // ── 4. isolation
  /** Department B's leads at ISO_RATE for `ms`, then their lead→receiver latencies. */
  const departmentB = async (ms: number, label: string) => {
    const subs: Submitted[] = [];
    const cpu0 = cpuNow();
    const loop = await openLoop(ISO_RATE, ms, () => submit(deptB.programId, subs));
    const cpu1 = cpuNow();
    await settled(loop.pending, 10_000);
    const keys = subs.flatMap((s) => s.keys);
    await until(async () => (await arrivalTimes(keys)).every((t) => t !== null), cfg.settleMs, 100);
    const lat = await latencies(subs);
    log(
      `   B ${label}: ${subs.length} leads in ${f1(loop.seconds)} s, latency p50 ${f1(lat.p50)} ms p99 ${f1(lat.p99)} ms max ${f0(lat.max)} ms (n=${lat.n}` +
        `${lat.missing ? `, ${lat.missing} NOT ARRIVED, counted at their wait so far` : ''}); commit→receiver p50 ${f1(lat.commitP50)} ms p99 ${f1(lat.commitP99)} ms`,
    );
    log(`        CPU: ${cpuShares(cpu0, cpu1, loop.seconds, workerLabel)}`);
    noteOther(cpu0, cpu1, loop.seconds);
    return { lat, subs };
  };
  log(
    `4. isolation: department B's healthy webhook gets ${ISO_RATE} leads/s from createLead, first alone (control, ${cfg.isoMs / 2000} s), then for ` +
      `${cfg.isoMs / 1000} s while department A's webhook points at a black hole (accepts, never answers) with ${cfg.holeBacklog} deliveries queued, ` +
      `starting ${cfg.isoLeadInMs / 1000} s after A's backlog (HTTP timeout ${httpTimeoutMs / 1000} s, breaker after ${e.PUENTE_BREAKER_THRESHOLD} failures)`,
  );
  await departmentB(cfg.isoMs / 2, 'alone');
  await bulkPlan(deptA, cfg.holeBacklog, 'H', holeTemplate.eventId);
  await enqueue(deptA);
  const holeQueued = performance.now();
  // A real black hole's backlog stays for hours, and autovacuum analyzes it: the planner sees
  // it from the start, rather than whenever autovacuum happens to come by during the phase.
  await db.execute(sql`analyze delivery_queue`);
  await sleep(cfg.isoLeadInMs);
  const { lat: hol, subs: isoSubs } = await departmentB(cfg.isoMs, 'with the black hole');
  // The black hole's first requests time out (and its breaker opens) about here: does B notice?
  const firstTimeouts = performance.timeOrigin + holeQueued + httpTimeoutMs;
  const before = isoSubs.filter((x) => x.at < firstTimeouts);
  const after = isoSubs.filter((x) => x.at >= firstTimeouts);
  if (before.length > 0 && after.length > 0) {
    const [b, a] = [await latencies(before), await latencies(after)];
    log(
      `   B's leads before / after the black hole's first timeouts (${httpTimeoutMs / 1000} s after its backlog): ` +
        `p50 ${f1(b.p50)} / ${f1(a.p50)} ms, p99 ${f1(b.p99)} / ${f1(a.p99)} ms (n=${b.n} / ${a.n})`,
    );
  }
  const rIso1 = await receiverStats();
  const [breaker] = await db.execute<{ consecutive_failures: number; cooling_since: string | null; next_probe_at: string | null; failing_since: string | null }>(sql`
    select consecutive_failures, cooling_since::text, next_probe_at::text, failing_since::text from webhooks where id = ${holeHook}::uuid`);
  const holeStatus = await db.execute<{ status: string; n: number }>(sql`
    select status::text, count(*)::int as n from deliveries where webhook_id = ${holeHook}::uuid group by status order by status`);
  const holeAttempts = await db.execute<{ error_class: string | null; n: number }>(sql`
    select a.error_class::text, count(*)::int as n from delivery_attempts a join deliveries d on d.id = a.delivery_id
     where d.webhook_id = ${holeHook}::uuid group by a.error_class`);
  const holeLeased = await count(sql`select count(*)::int as n from delivery_queue where webhook_id = ${holeHook}::uuid and lease_until > now()`);
  const holeS = (performance.now() - holeQueued) / 1000;
  const probeIn = breaker?.next_probe_at ? ` (in ${f0((new Date(breaker.next_probe_at).getTime() - Date.now()) / 1000)} s)` : '';
  log(
    `   A (black hole) ${f1(holeS)} s after its backlog: consecutive_failures=${breaker?.consecutive_failures} next_probe_at=${breaker?.next_probe_at ?? 'null'}${probeIn} ` +
      `cooling_since=${breaker?.cooling_since ?? 'null'}; it received ${rIso1.hole.requests} requests (${rIso1.hole.distinct} distinct webhook-ids, ` +
      `${rIso1.hole.openConnections} connections open, ${holeLeased} deliveries leased now, cap ${e.PUENTE_WEBHOOK_MAX_IN_FLIGHT}); deliveries ${holeStatus.map((r) => `${r.status} ${r.n}`).join(', ')}; ` +
      `attempts recorded: ${holeAttempts.length ? holeAttempts.map((r) => `${r.error_class ?? 'ok'} ${r.n}`).join(', ') : 'none'}`,
  );
  if (httpTimeoutMs > holeS * 1000) log(`   (the black hole's first requests time out only at ${httpTimeoutMs / 1000} s: none had yet)`);

  // ── 5. memory, losses, duplicates
  const expected = await count(sql`select count(*)::int as n from deliveries where webhook_id <> ${holeHook}::uuid`);
  let rEnd = await receiverStats();
  await until(async () => {
    rEnd = await receiverStats();
    return rEnd.distinct >= expected;
  }, cfg.finalWaitMs, 100);
  const undeliveredDb = await count(sql`select count(*)::int as n from deliveries where webhook_id <> ${holeHook}::uuid and status <> 'delivered'`);
  const queueLeft = await queueDepth(holeHook);
  const trackedTimes = await arrivalTimes(everySubmitted.flatMap((s) => s.keys));
  const trackedMissing = trackedTimes.filter((t) => t === null).length;
  const lost = Math.max(0, expected - rEnd.distinct) + createErrors.length;
  const dupes = rEnd.hookRequests - rEnd.distinct;
  const rss = await Promise.all(
    workers.map(async (w) => {
      w.send({ type: 'stats' });
      return (await waitFor<{ maxRssMb: number }>(w, 'stats', 10_000)).maxRssMb;
    }),
  );
  const maxRssMb = Math.max(...rss);
  log(
    `5. worker peak RSS ${f0(maxRssMb)} MB${WORKERS > 1 ? ` (largest of ${WORKERS}; ${f0(rss.reduce((a, b) => a + b, 0))} MB together)` : ''}; ` +
      `lost ${lost}: ${expected} deliveries should have arrived (all but the black hole's), ${rEnd.distinct} distinct webhook-ids did` +
      `${createErrors.length ? `, plus ${createErrors.length} failed createLead calls (first: ${createErrors[0]})` : ''}; ` +
      `cross-checks: ${undeliveredDb} not 'delivered' in the database, ${queueLeft} left in the queue, ${trackedMissing} of ${trackedTimes.length} createLead deliveries never arrived`,
  );
  log(
    `   dupes ${dupes}: ${rEnd.hookRequests} requests with a webhook-id at the receiver − ${rEnd.distinct} distinct, whole run ` +
      `(${f2((dupes / Math.max(1, expected)) * 100)}% of deliveries); the black hole's ${rEnd.hole.requests} requests (${rEnd.hole.distinct} distinct) are not counted`,
  );

  if (maxOtherShare > 25) {
    log(`note: other processes on this machine used up to ${f0(maxOtherShare)}% of a core during a measurement ("anything else" above): the figures are noisy`);
  }
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const p50 = latencyStep.p50;
  const p99 = latencyStep.p99;
  log(
    `targets: drain ratio ≥ ${TARGETS.ratio} ${verdict(drainRatio >= TARGETS.ratio)} (${f2(drainRatio)}), ` +
      `sustained ratio ≥ ${TARGETS.sustainedRatio} ${verdict(sustainedRatio >= TARGETS.sustainedRatio)} (${f2(sustainedRatio)}), ` +
      `p50 ≤ ${TARGETS.p50} ms ${verdict(p50 <= TARGETS.p50)} (${f1(p50)}), p99 ≤ ${TARGETS.p99} ms ${verdict(p99 <= TARGETS.p99)} (${f1(p99)}), ` +
      `hol_p99 ≤ ${TARGETS.holP99} ms ${verdict(hol.p99 <= TARGETS.holP99)} (${f1(hol.p99)}), RSS ≤ ${TARGETS.rssMb} MB ${verdict(maxRssMb <= TARGETS.rssMb)} (${f0(maxRssMb)}), ` +
      `lost = 0 ${verdict(lost === TARGETS.lost)} (${lost}), dupes ≤ 0.1% ${verdict(dupes <= TARGETS.dupesShare * expected)} (${dupes})`,
  );
  log(`(run took ${f0((performance.now() - benchStarted) / 1000)} s)`);
  console.log(
    `RESULT deliveries_per_s=${f0(drainPerS)} baseline_per_s=${f0(baseline.perSecond)} ratio=${f2(drainRatio)} sustained_ratio=${f2(sustainedRatio)} ` +
      `p50_ms=${f1(p50)} p99_ms=${f1(p99)} hol_p99_ms=${f1(hol.p99)} rss_mb=${f0(maxRssMb)} lost=${lost} dupes=${dupes}`,
  );
}

try {
  await main();
} catch (e) {
  if (!interrupted) console.error('benchmark failed:', e instanceof Error ? (e.stack ?? e.message) : e);
  process.exitCode = 1;
} finally {
  await cleanup();
}
