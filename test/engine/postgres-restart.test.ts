/**
 * Postgres goes away under a running worker and comes back: the worker process must reconnect
 * by itself (claims, LISTEN, recording) and every delivery must end delivered: the ones
 * delivered before, the ones in flight when the server stopped, and the ones created after it
 * came back. Uses a Postgres of its own (own data directory and port), never the shared one.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../../db/client';
import { runMigrations } from '../../lib/runtime/migrate';
import { departments, programs } from '../../db/schema';
import { createLead } from '../../lib/leads/create-lead';
import { startEmbeddedPostgres, type RunningPostgres } from '../../lib/runtime/embedded-postgres';
import { createWebhook } from '../../lib/webhooks/create-webhook';
import { leadInput } from '../factories';
import { freePort } from '../global-setup';
import { actor, setEnv, sleep, startWorkerProcess, statusCounts, stopGently, waitFor } from './helpers';

const REPLY_DELAY_MS = 300;

let restoreEnv: () => void;
let pgDir: string;
let workDir: string;
let port: number;
let pg: RunningPostgres | null = null;
let url: string;
let h: ReturnType<typeof connect>;
let child: ChildProcess | null = null;
const workerLog: string[] = [];

const received = new Map<string, number>();
let requests = 0;
const server = http.createServer((req, res) => {
  requests++;
  const id = String(req.headers['webhook-id'] ?? '');
  received.set(id, (received.get(id) ?? 0) + 1);
  req.resume();
  req.on('end', () => setTimeout(() => !res.destroyed && res.writeHead(200).end('ok'), REPLY_DELAY_MS));
});
let receiverUrl = '';

const startPg = () => startEmbeddedPostgres({ dataDir: pgDir, port, password: 'restart-test' });

beforeAll(async () => {
  restoreEnv = setEnv({ PUENTE_ALLOW_PRIVATE_WEBHOOKS: '1', PUENTE_ENGINE: 'off' });
  pgDir = mkdtempSync(path.join(os.tmpdir(), 'puente-pg-restart-'));
  workDir = mkdtempSync(path.join(os.tmpdir(), 'puente-pg-restart-work-'));
  port = await freePort();
  pg = await startPg();
  url = await pg.ensureDatabase('puente');
  await runMigrations(url);
  h = connect(url, 4);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  receiverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 90_000);

afterAll(async () => {
  if (child) await stopGently(child, 10_000);
  await h?.sql.end({ timeout: 1 }).catch(() => {});
  await pg?.stop();
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
  rmSync(pgDir, { recursive: true, force: true });
  rmSync(workDir, { recursive: true, force: true });
  restoreEnv();
}, 60_000);

async function makeLeads(programId: string, n: number) {
  for (let i = 0; i < n; i++) {
    const r = await createLead(h.db, leadInput([programId]));
    if (!r.ok || r.deliveries.length !== 1) throw new Error('lead not planned');
  }
}

describe('Postgres restarted under a running worker', () => {
  it('the worker reconnects by itself and every delivery ends delivered, nothing lost', async () => {
    const [dep] = await h.db
      .insert(departments)
      .values({ slug: 'restart', name: 'Restart', acronym: 'RST', status: 'approved' })
      .returning();
    const [program] = await h.db
      .insert(programs)
      .values({
        departmentId: dep!.id,
        slug: 'restart-prog',
        kind: 'financing',
        titleEs: 'P',
        titleEn: 'P',
        summaryEs: 'S',
        summaryEn: 'S',
        descriptionEs: 'D',
        descriptionEn: 'D',
      })
      .returning();
    const w = await createWebhook(h.db, dep!.id, { url: `${receiverUrl}/restart`, events: ['lead.created'] }, actor);
    if (!w.ok) throw new Error(JSON.stringify(w.fieldErrors));

    const t0 = Date.now();
    const phases: string[] = [];
    const mark = (what: string) => phases.push(`${what} ${Date.now() - t0} ms`);
    child = await startWorkerProcess(
      {
        DATABASE_URL: url,
        PUENTE_ENGINE: 'embedded',
        PUENTE_DATA_DIR: workDir,
        PUENTE_HTTP_TIMEOUT_MS: '2000',
        PUENTE_LEASE_MS: '3000',
        PUENTE_WORKER_CONCURRENCY: '20',
      },
      (line) => workerLog.push(line),
    );
    mark('worker ready');
    let exited: string | null = null;
    child.once('exit', (code, signal) => (exited = `code ${code}, signal ${signal}`));

    // Before: 20 leads (plus the creation ping) delivered.
    await makeLeads(program!.id, 20);
    expect(await waitFor(async () => (await statusCounts(h.db)).delivered === 21, 20_000, 100)).toBe(true);
    mark('first 21 delivered');

    // 20 more, and Postgres stops while some of them are on the wire (the receiver answers after 300 ms).
    const before = requests;
    await makeLeads(program!.id, 20);
    expect(await waitFor(() => requests >= before + 3, 10_000, 5)).toBe(true);
    await pg!.stop();
    pg = null;
    await sleep(2_000);
    mark('postgres stopped');
    pg = await startPg();
    mark('postgres restarted');

    // After: 20 more leads, created once it is back (the test's own pool reconnects as well).
    await makeLeads(program!.id, 20);
    mark('20 more leads created');
    const done = await waitFor(async () => (await statusCounts(h.db)).delivered === 61, 45_000, 200);
    mark('all delivered');
    const counts = await statusCounts(h.db);
    console.log(
      `postgres restart: ${JSON.stringify(counts)}, requests ${requests}, distinct ${received.size}, worker ${exited ?? 'running'}; ${phases.join(', ')}`,
    );
    // A worker that died says why (its last lines carry the stack of an uncaught exception).
    if (!done || exited) console.log(workerLog.slice(-60).join('\n'));
    expect(exited).toBeNull();
    expect(counts).toEqual({ delivered: 61 });
    expect(done).toBe(true);

    // Every webhook-id reached the receiver; nothing is left on the work list.
    const rows = await h.sql<{ message_id: string }[]>`select message_id from deliveries`;
    expect(rows).toHaveLength(61);
    for (const r of rows) expect(received.has(r.message_id)).toBe(true);
    expect(received.size).toBe(61);
    const [q] = await h.sql<{ n: number }[]>`select count(*)::int as n from delivery_queue`;
    expect(q!.n).toBe(0);

    // The worker noticed the outage, and listens for new work again on the restarted server.
    console.log(workerLog.filter((l) => /dispatcher|failed/.test(l)).slice(0, 6).join('\n'));
    const listening = await waitFor(async () => {
      const [l] = await h.sql<{ n: number }[]>`
        select count(*)::int as n from pg_stat_activity where datname = 'puente' and query ilike 'listen%puente_work%'`;
      return l!.n >= 1;
    }, 5_000);
    expect(listening).toBe(true);
  }, 90_000);
});
