import { spawn, type ChildProcess } from 'node:child_process';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, rawSql } from '../../db/client';
import { leadInput, makeDepartment, makeProgram } from '../../test/factories';
import { startReceiver, type Receiver } from '../../test/receiver';
import { resetEnvCache } from '../env';
import { createLead } from '../leads/create-lead';
import { createWebhook } from '../webhooks/create-webhook';
import { startEmbeddedWorker } from './embedded-worker';
import { invalidateSsrfOptions } from './ssrf-policy';

// The embedded engine end to end: real graphile-worker, real Postgres, real HTTP receivers.

beforeAll(() => {
  process.env.PUENTE_ALLOW_PRIVATE_WEBHOOKS = '1';
  delete process.env.PUENTE_ENGINE;
  resetEnvCache();
  invalidateSsrfOptions();
});

async function counts() {
  const rows = await db.execute<{ status: string; n: number }>(sql`select status::text, count(*)::int as n from deliveries group by 1`);
  return Object.fromEntries(rows.map((r) => [r.status, r.n])) as Record<string, number>;
}

async function waitFor(pred: () => Promise<boolean>, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await pred()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

describe('in-process worker', () => {
  let receiver: Receiver;
  beforeAll(async () => {
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver.close();
  });

  it('picks a lead up within moments of its commit (LISTEN/NOTIFY, not polling) and delivers it', async () => {
    const dep = await makeDepartment();
    const program = await makeProgram(dep.id);
    const created = await createWebhook(db, dep.id, { url: `${receiver.url}/in-process` }, { email: 't@example.com' });
    expect(created.ok).toBe(true);
    const worker = await startEmbeddedWorker({ connectionString: process.env.DATABASE_URL!, concurrency: 5 });
    try {
      // The creation ping was enqueued before the worker started: it is picked up at start.
      expect(await waitFor(async () => receiver.requests.some((r) => r.headers['x-github-event'] === 'ping'), 5000)).toBe(true);

      const latencies: number[] = [];
      for (let i = 0; i < 5; i++) {
        const before = receiver.requests.length;
        const t0 = performance.now();
        const lead = await createLead(db, leadInput([program.id]));
        expect(lead.ok).toBe(true);
        expect(await waitFor(async () => receiver.requests.length > before, 3000)).toBe(true);
        latencies.push(performance.now() - t0);
      }
      // Polling every 2 s would show up here as ~1 s on average.
      latencies.sort((a, b) => a - b);
      expect(latencies[2]!).toBeLessThan(500);
      expect(await counts()).toEqual({ delivered: 6 });
    } finally {
      await worker.stop();
    }
  });
});

describe('an ordered webhook under the dispatcher', () => {
  it('sends the next lead as soon as the one before it is delivered, not at the waiting delivery\'s recheck', async () => {
    const receiver = await startReceiver();
    const dep = await makeDepartment();
    const program = await makeProgram(dep.id);
    const created = await createWebhook(db, dep.id, { url: `${receiver.url}/ordered`, events: ['lead.created'], ordered: true }, { email: 't@example.com' });
    if (!created.ok) throw new Error('webhook');
    await db.execute(sql`delete from deliveries where id = ${created.pingDeliveryId}::uuid`);
    // The first lead's first request fails: it is retried after ~5 s, and the second lead waits for it.
    let failedOnce = false;
    receiver.respond = () => (failedOnce ? { status: 200 } : ((failedOnce = true), { status: 503 }));
    const first = await createLead(db, leadInput([program.id]));
    const second = await createLead(db, leadInput([program.id]));
    if (!first.ok || !second.ok) throw new Error('lead');
    const worker = await startEmbeddedWorker({ connectionString: process.env.DATABASE_URL!, concurrency: 5 });
    try {
      const refs = () => receiver.requests.map((r) => (JSON.parse(r.body) as { data: { lead: { reference: string } } }).data.lead.reference);
      // A waiting delivery is rechecked only after a minute: arriving within 15 s means the
      // first one's success woke it.
      expect(await waitFor(async () => refs().includes(second.reference), 15_000)).toBe(true);
      expect(refs()).toEqual([first.reference, first.reference, second.reference]);
    } finally {
      await worker.stop();
      await receiver.close();
    }
  }, 30_000);
});

describe('worker killed mid-flight', () => {
  let receiver: Receiver;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    receiver = await startReceiver();
  });
  afterAll(async () => {
    for (const c of children) c.kill('SIGKILL');
    await receiver.close();
  });

  function startWorkerProcess(): Promise<ChildProcess> {
    // `--import tsx` keeps the worker one process: through the tsx CLI, SIGKILL would hit only its wrapper.
    const child = spawn(process.execPath, ['--import', 'tsx', '--import', './scripts/allow-server-only.mjs', 'scripts/worker.ts'], {
      env: {
        ...process.env,
        PUENTE_WORKER_CONCURRENCY: '40',
        PUENTE_LEASE_MS: '3000',
        PUENTE_HTTP_TIMEOUT_MS: '2000',
        PUENTE_DB_POOL: '20',
      },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    children.push(child);
    return new Promise((resolve, reject) => {
      child.once('message', () => resolve(child));
      child.once('exit', (code) => reject(new Error(`worker exited early with ${code}`)));
    });
  }

  it('loses nothing: SIGKILL with 1,000 deliveries in flight, restart, every one ends delivered', async () => {
    await rawSql()`truncate leads, events, deliveries, webhooks, programs, departments cascade`;
    await rawSql()`delete from graphile_worker._private_jobs`;
    receiver.respond = () => ({ status: 200 });
    const dep = await makeDepartment();
    const program = await makeProgram(dep.id);
    // Ten webhooks on one department: 100 leads → 1,000 deliveries.
    for (let i = 0; i < 10; i++) {
      const w = await createWebhook(db, dep.id, { url: `${receiver.url}/crash/${i}`, events: ['lead.created'] }, { email: 't@example.com' });
      expect(w.ok).toBe(true);
    }
    await db.execute(sql`delete from deliveries where event_type = 'ping'`);
    await rawSql()`delete from graphile_worker._private_jobs`;
    let planned = 0;
    for (let i = 0; i < 100; i++) {
      const lead = await createLead(db, leadInput([program.id]));
      if (lead.ok) planned += lead.deliveries.length;
    }
    expect(planned).toBe(1000);

    // The receiver never answers while the first worker runs: every request it sends is in flight.
    receiver.respond = () => ({ status: 200, hang: true });
    const first = await startWorkerProcess();
    expect(await waitFor(async () => receiver.requests.length >= 40, 15_000)).toBe(true);
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));

    const mid = await counts();
    // Killed while requests hung: nothing was recorded as delivered, and nothing is lost.
    expect((mid.pending ?? 0) + (mid.retrying ?? 0) + (mid.delivered ?? 0)).toBe(1000);

    receiver.respond = () => ({ status: 200 });
    const worker2 = await startWorkerProcess();
    const done = await waitFor(async () => (await counts()).delivered === 1000, 90_000);
    worker2.kill('SIGTERM');
    expect(await counts()).toEqual({ delivered: 1000 });
    expect(done).toBe(true);
    const seen = new Set(receiver.requests.map((r) => r.headers['webhook-id']));
    expect(seen.size).toBe(1000);
  }, 150_000);
});
