/**
 * `npm run bench:delivery [-- --quick]`: how fast the embedded engine delivers, against a
 * baseline measured in the same run.
 *  1. baseline: raw keep-alive HTTP POSTs/s from one process to the receiver process;
 *  2. throughput: N deliveries (100,000; 10,000 with --quick) planned in bulk, then one
 *     `npm run worker` process (`--workers N`: N of them; `--concurrency N`: jobs in flight
 *     per worker, default 50) delivers them all to the receiver; deliveries/s, and where
 *     the CPU went meanwhile;
 *  3. latency: leads submitted at 50/s while the worker runs; submit → first request p50/p99;
 *  4. the worker's peak RSS, and how many deliveries were lost.
 * Last line: RESULT deliveries_per_s=… baseline_per_s=… ratio=… p50_ms=… p99_ms=… rss_mb=… lost=…
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { closeDb, db } from '../db/client';
import { runMigrations } from '../db/migrate';
import { departments, programs } from '../db/schema';
import { createLead } from '../lib/leads/create-lead';
import type { LeadInput } from '../lib/leads/lead-schema';
import { startEmbeddedPostgres } from '../lib/runtime/embedded-postgres';
import { createWebhook } from '../lib/webhooks/create-webhook';
import { freePort } from '../test/global-setup';

const quick = process.argv.includes('--quick');
const argValue = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
/** `--workers N`: N `npm run worker` processes share the work (default 1). */
const WORKERS = Math.max(1, Number(argValue('--workers') ?? 1));
const N = quick ? 10_000 : 100_000;
const WEBHOOKS = 10;
/** The baseline's concurrency, and each worker's (PUENTE_WORKER_CONCURRENCY) unless `--concurrency N`. */
const CONCURRENCY = 50;
const WORKER_CONCURRENCY = Math.max(1, Number(argValue('--concurrency') ?? CONCURRENCY));
const BASELINE_MS = quick ? 2_000 : 5_000;
const LATENCY_SECONDS = quick ? 4 : 10;
const RATE = 50;

const log = (s: string) => console.log(s);

function child(script: string, args: string[], env: NodeJS.ProcessEnv = process.env, profile = false): ChildProcess {
  // `--import tsx` keeps each child one process (the tsx CLI would add a wrapper process).
  const execArgv = profile ? ['--cpu-prof', '--cpu-prof-dir=.data/profiles', '--import', 'tsx'] : ['--import', 'tsx'];
  return fork(script, args, { execArgv, env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
}
function nextMessage<T>(c: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve) => {
    const on = (m: { type: string }) => {
      if (m.type === type) {
        c.off('message', on);
        resolve(m as T);
      }
    };
    c.on('message', on);
  });
}
/**
 * CPU time (ms) used so far by Postgres's processes, the workers, the receiver and everything
 * else, from /proc (Linux only; `available` is false elsewhere). Shows where the cores went.
 */
function cpuTimes(workerPids: (number | undefined)[], receiverPid: number | undefined) {
  const out = { available: false, postgres: 0, workers: 0, receiver: 0, other: 0 };
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return out;
  }
  const tick = 1000 / 100; // USER_HZ is 100 on Linux
  for (const pid of pids) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ms = (Number(fields[11]) + Number(fields[12])) * tick; // utime + stime
    const n = Number(pid);
    if (name === 'postgres') out.postgres += ms;
    else if (workerPids.includes(n)) out.workers += ms;
    else if (n === receiverPid) out.receiver += ms;
    else out.other += ms;
    out.available = true;
  }
  return out;
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;

// ── a throw-away embedded Postgres
const dir = mkdtempSync(path.join(os.tmpdir(), 'puente-bench-'));
const pg = await startEmbeddedPostgres({ dataDir: dir, port: await freePort(), password: 'bench' });
const url = await pg.ensureDatabase('bench');
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

const receiver = child('scripts/bench/receiver.ts', []);
const { port } = await nextMessage<{ port: number }>(receiver, 'ready');
const receiverUrl = `http://127.0.0.1:${port}`;
const workers: ChildProcess[] = [];

try {
  log(`Puente delivery benchmark${quick ? ' (quick)' : ''}: ${os.cpus().length} cores, Node ${process.version}`);

  // ── 1. baseline
  const client = child('scripts/bench/load-client.ts', [`${receiverUrl}/baseline`, String(CONCURRENCY), String(BASELINE_MS), '1500']);
  const baseline = await nextMessage<{ perSecond: number }>(client, 'done');
  log(`baseline: raw loopback POSTs between two processes, concurrency ${CONCURRENCY}: ${baseline.perSecond.toFixed(0)}/s`);

  // ── 2. throughput
  const actor = { email: 'bench@example.com' };
  const [dep] = await db.insert(departments).values({ slug: 'bench', name: 'Bench Department', acronym: 'BENCH', status: 'approved' }).returning();
  const [program] = await db
    .insert(programs)
    .values({ departmentId: dep!.id, slug: 'bench-p', kind: 'financing', titleEs: 'P', titleEn: 'P', summaryEs: 's', summaryEn: 's', descriptionEs: 'd', descriptionEn: 'd' })
    .returning();
  for (let i = 0; i < WEBHOOKS; i++) {
    const w = await createWebhook(db, dep!.id, { url: `${receiverUrl}/hooks/${i}`, events: ['lead.created'] }, actor);
    if (!w.ok) throw new Error(JSON.stringify(w.fieldErrors));
  }
  await db.execute(sql`delete from deliveries; delete from graphile_worker._private_jobs`);
  const lead = (i: number): LeadInput => ({
    name: `Bench ${i}`, email: `b${i}@example.com`, phone: '787-555-0000', businessName: 'Bench', municipality: 'Ponce',
    businessStage: 'new', sector: 'services', message: 'x'.repeat(200), programIds: [program!.id], consent: true, locale: 'es',
  });
  const template = await createLead(db, lead(0));
  if (!template.ok) throw new Error('template lead');
  await db.execute(sql`delete from deliveries; delete from graphile_worker._private_jobs`);

  const t0 = performance.now();
  const leadsNeeded = N / WEBHOOKS;
  await db.execute(sql`
    with l as (
      insert into leads (reference, name, email, phone, business_name, municipality, business_stage, sector, message, locale, consent_at, consented_departments)
      select 'B-' || g, 'Bench ' || g, 'b' || g || '@example.com', '787-555-0000', 'Bench', 'Ponce', 'new', 'services', repeat('x', 200), 'es', now(), '["BENCH"]'::jsonb
        from generate_series(1, ${leadsNeeded}) g
      returning id, reference
    ), e as (
      insert into events (type, lead_id, payload)
      select 'lead.created', l.id,
             jsonb_set(jsonb_set(t.payload, '{data,lead,id}', to_jsonb(l.id::text)), '{data,lead,reference}', to_jsonb(l.reference))
        from l, events t where t.id = ${template.eventId}::uuid
      returning id
    )
    insert into deliveries (webhook_id, department_id, event_id, event_type, message_id)
    select w.id, w.department_id, e.id, 'lead.created', 'msg_' || replace(gen_random_uuid()::text, '-', '')
      from e cross join webhooks w where w.department_id = ${dep!.id}::uuid`);
  await db.execute(sql`
    select graphile_worker.add_jobs(array(
      select json_populate_record(null::graphile_worker.job_spec,
               json_build_object('identifier', 'deliver', 'payload', json_build_object('deliveryId', id),
                                 'max_attempts', 3, 'job_key', 'delivery:' || id))
        from deliveries where department_id = ${dep!.id}::uuid and event_id <> ${template.eventId}::uuid))`);
  const [{ n: planned } = { n: 0 }] = await db.execute<{ n: number }>(sql`select count(*)::int as n from deliveries`);
  log(`planned ${planned} deliveries to ${WEBHOOKS} webhooks in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  // BENCH_PROFILE=1 writes a CPU profile of each worker to .data/profiles/.
  for (let i = 0; i < WORKERS; i++) {
    workers.push(child('scripts/worker.ts', [], { ...process.env, PUENTE_WORKER_CONCURRENCY: String(WORKER_CONCURRENCY), PUENTE_DB_POOL: '4' }, process.env.BENCH_PROFILE === '1'));
  }
  await Promise.all(workers.map((w) => nextMessage(w, 'ready')));
  const cpu0 = cpuTimes(workers.map((w) => w.pid), receiver.pid);
  const start = performance.now();
  // Counting delivered rows scans the table, and Postgres shares the cores with the worker:
  // poll the receiver (cheap) until every message has arrived, then the database until every
  // delivery is recorded. The end time is still when the last delivery is recorded.
  let delivered = 0;
  for (;;) {
    if (performance.now() - start > 600_000) {
      const [row] = await db.execute<{ n: number }>(sql`select count(*)::int as n from deliveries where status = 'delivered'`);
      delivered = row?.n ?? 0;
      break;
    }
    receiver.send({ type: 'stats' });
    const { distinct } = await nextMessage<{ distinct: number }>(receiver, 'stats');
    if (distinct >= planned) {
      const [row] = await db.execute<{ n: number }>(sql`select count(*)::int as n from deliveries where status = 'delivered'`);
      delivered = row?.n ?? 0;
      if (delivered >= planned) break;
    }
    await sleep(50);
  }
  const seconds = (performance.now() - start) / 1000;
  const cpu1 = cpuTimes(workers.map((w) => w.pid), receiver.pid);
  const share = (k: 'postgres' | 'workers' | 'receiver' | 'other') => `${(((cpu1[k] - cpu0[k]) / 1000 / seconds) * 100).toFixed(0)}%`;
  const perSecond = delivered / seconds;
  log(`throughput: ${delivered} deliveries in ${seconds.toFixed(1)} s = ${perSecond.toFixed(0)}/s (${WORKERS} worker${WORKERS > 1 ? 's' : ''}, concurrency ${WORKER_CONCURRENCY} each)`);
  if (cpu1.available) {
    log(`  CPU meanwhile (100% = one core of ${os.cpus().length}): postgres ${share('postgres')}, worker${WORKERS > 1 ? 's' : ''} ${share('workers')}, receiver ${share('receiver')}, anything else ${share('other')}`);
  }

  // ── 3. latency at 50 leads/s, the worker idle-waiting on LISTEN/NOTIFY
  const [probeDep] = await db.insert(departments).values({ slug: 'probe', name: 'Probe', acronym: 'PROBE', status: 'approved' }).returning();
  const [probeProgram] = await db
    .insert(programs)
    .values({ departmentId: probeDep!.id, slug: 'probe-p', kind: 'financing', titleEs: 'P', titleEn: 'P', summaryEs: 's', summaryEn: 's', descriptionEs: 'd', descriptionEn: 'd' })
    .returning();
  const probe = await createWebhook(db, probeDep!.id, { url: `${receiverUrl}/probe`, events: ['lead.created'], customHeaders: { 'X-Bench-Probe': '1' } }, actor);
  if (!probe.ok) throw new Error('probe webhook');
  await sleep(500);
  const submitted = new Map<string, number>();
  const total = RATE * LATENCY_SECONDS;
  const begin = performance.now();
  for (let i = 0; i < total; i++) {
    const due = begin + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const at = performance.timeOrigin + performance.now();
    const r = await createLead(db, { ...lead(i), programIds: [probeProgram!.id] });
    if (r.ok) submitted.set(r.reference, at);
  }
  let arrivals: Record<string, number> = {};
  for (let i = 0; i < 100; i++) {
    receiver.send({ type: 'stats' });
    arrivals = (await nextMessage<{ arrivals: Record<string, number> }>(receiver, 'stats')).arrivals;
    if ([...submitted.keys()].every((k) => k in arrivals)) break;
    await sleep(100);
  }
  const lat = [...submitted].filter(([k]) => k in arrivals).map(([k, at]) => arrivals[k]! - at).sort((a, b) => a - b);
  const p50 = pct(lat, 50);
  const p99 = pct(lat, 99);
  log(`latency at ${RATE} leads/s for ${LATENCY_SECONDS} s: p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms (n=${lat.length})`);

  // ── 4. memory and losses
  const rss = await Promise.all(
    workers.map((w) => {
      w.send({ type: 'stats' });
      return nextMessage<{ maxRssMb: number }>(w, 'stats').then((m) => m.maxRssMb);
    }),
  );
  const maxRssMb = Math.max(...rss);
  const [lostRow] = await db.execute<{ n: number }>(sql`select count(*)::int as n from deliveries where status <> 'delivered'`);
  const lost = (lostRow?.n ?? 0) + (submitted.size - lat.length);
  log(`worker peak RSS: ${maxRssMb.toFixed(0)} MB${WORKERS > 1 ? ` (largest of ${WORKERS}; ${rss.reduce((a, b) => a + b, 0).toFixed(0)} MB together)` : ''}; undelivered: ${lost}`);
  const ratio = perSecond / baseline.perSecond;
  log(`targets: ≥ 2000/s ${perSecond >= 2000 ? 'met' : 'MISSED'}, ≥ 0.25 × baseline ${ratio >= 0.25 ? 'met' : 'MISSED'}, p50 ≤ 30 ms ${p50 <= 30 ? 'met' : 'MISSED'}, p99 ≤ 150 ms ${p99 <= 150 ? 'met' : 'MISSED'}, RSS ≤ 300 MB ${maxRssMb <= 300 ? 'met' : 'MISSED'}`);
  console.log(
    `RESULT deliveries_per_s=${perSecond.toFixed(0)} baseline_per_s=${baseline.perSecond.toFixed(0)} ratio=${ratio.toFixed(2)} p50_ms=${p50.toFixed(1)} p99_ms=${p99.toFixed(1)} rss_mb=${maxRssMb.toFixed(0)} lost=${lost}`,
  );
} finally {
  for (const w of workers) w.kill('SIGTERM');
  receiver.send({ type: 'stop' });
  await closeDb();
  await sleep(300);
  await pg.stop();
  rmSync(dir, { recursive: true, force: true });
}
