/**
 * `npm run bench:delivery [-- --quick]`: how fast the embedded engine delivers, against a
 * baseline measured in the same run.
 *  1. baseline: raw keep-alive HTTP POSTs/s from one process to the receiver process;
 *  2. throughput: N deliveries (100,000; 10,000 with --quick) planned in bulk, then one
 *     `npm run worker` process delivers them all to the receiver; deliveries/s;
 *  3. latency: leads submitted at 50/s while the worker runs; submit → first request p50/p99;
 *  4. the worker's peak RSS, and how many deliveries were lost.
 * Last line: RESULT deliveries_per_s=… baseline_per_s=… ratio=… p50_ms=… p99_ms=… rss_mb=… lost=…
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
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
const N = quick ? 10_000 : 100_000;
const WEBHOOKS = 10;
const CONCURRENCY = 50;
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
let worker: ChildProcess | undefined;

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

  // BENCH_PROFILE=1 writes a CPU profile of the worker to .data/profiles/.
  worker = child('scripts/worker.ts', [], { ...process.env, PUENTE_WORKER_CONCURRENCY: String(CONCURRENCY), PUENTE_DB_POOL: '4' }, process.env.BENCH_PROFILE === '1');
  await nextMessage(worker, 'ready');
  const start = performance.now();
  let delivered = 0;
  for (;;) {
    const [row] = await db.execute<{ n: number }>(sql`select count(*)::int as n from deliveries where status = 'delivered'`);
    delivered = row?.n ?? 0;
    if (delivered >= planned) break;
    if (performance.now() - start > 600_000) break;
    await sleep(100);
  }
  const seconds = (performance.now() - start) / 1000;
  const perSecond = delivered / seconds;
  log(`throughput: ${delivered} deliveries in ${seconds.toFixed(1)} s = ${perSecond.toFixed(0)}/s (worker concurrency ${CONCURRENCY})`);

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
  worker.send({ type: 'stats' });
  const { maxRssMb } = await nextMessage<{ maxRssMb: number }>(worker, 'stats');
  const [lostRow] = await db.execute<{ n: number }>(sql`select count(*)::int as n from deliveries where status <> 'delivered'`);
  const lost = (lostRow?.n ?? 0) + (submitted.size - lat.length);
  log(`worker peak RSS: ${maxRssMb.toFixed(0)} MB; undelivered: ${lost}`);
  const ratio = perSecond / baseline.perSecond;
  log(`targets: ≥ 2000/s ${perSecond >= 2000 ? 'met' : 'MISSED'}, ≥ 0.25 × baseline ${ratio >= 0.25 ? 'met' : 'MISSED'}, p50 ≤ 30 ms ${p50 <= 30 ? 'met' : 'MISSED'}, p99 ≤ 150 ms ${p99 <= 150 ? 'met' : 'MISSED'}, RSS ≤ 300 MB ${maxRssMb <= 300 ? 'met' : 'MISSED'}`);
  console.log(
    `RESULT deliveries_per_s=${perSecond.toFixed(0)} baseline_per_s=${baseline.perSecond.toFixed(0)} ratio=${ratio.toFixed(2)} p50_ms=${p50.toFixed(1)} p99_ms=${p99.toFixed(1)} rss_mb=${maxRssMb.toFixed(0)} lost=${lost}`,
  );
} finally {
  worker?.kill('SIGTERM');
  receiver.send({ type: 'stop' });
  await closeDb();
  await sleep(300);
  await pg.stop();
  rmSync(dir, { recursive: true, force: true });
}
