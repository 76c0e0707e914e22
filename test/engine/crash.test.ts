/**
 * Worker processes killed mid-flight (SIGKILL: no clean-up, no last words). Two `npm run worker`
 * processes drain 1,000 deliveries (10 webhooks × 100 leads) to a receiver that answers 200
 * after a short delay; one worker is SIGKILLed with requests in flight, a replacement starts,
 * the other original is SIGKILLed too, another replacement starts. Every delivery must end
 * `delivered` and every webhook-id must reach the receiver.
 *
 * Duplicates are expected and bounded: a request is only sent twice when the worker that sent
 * it died before recording its answer, and such a delivery was then leased (the lease is what
 * lets it come due again). So duplicates ≤ the deliveries leased at the moments of the kills,
 * which are counted right after each SIGKILL (the dead worker's leases are still there; the
 * survivor's are counted too, which only loosens the bound).
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, rawSql } from '../../db/client';
import { deliveries } from '../../db/schema';
import { createLead } from '../../lib/leads/create-lead';
import { createWebhook } from '../../lib/webhooks/create-webhook';
import { leadInput, makeDepartment, makeProgram } from '../factories';
import { actor, killHard, setEnv, startWorkerProcess, statusCounts, stopGently, waitFor } from './helpers';

const WEBHOOKS = 10;
const LEADS = 100;
const TOTAL = WEBHOOKS * LEADS;
const REPLY_DELAY_MS = 400;

let restoreEnv: () => void;
let dataDir: string;
const children: ChildProcess[] = [];
const workerLog: string[] = [];

/** A receiver that answers 200 after REPLY_DELAY_MS; counts requests per webhook-id. */
const received = new Map<string, number>();
let requests = 0;
let pending = 0;
const server = http.createServer((req, res) => {
  requests++;
  pending++;
  const id = String(req.headers['webhook-id'] ?? '');
  received.set(id, (received.get(id) ?? 0) + 1);
  req.resume();
  req.on('end', () => {
    setTimeout(() => {
      pending--;
      if (!res.destroyed) res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    }, REPLY_DELAY_MS);
  });
});
let url = '';

beforeAll(async () => {
  restoreEnv = setEnv({ PUENTE_ALLOW_PRIVATE_WEBHOOKS: '1', PUENTE_ENGINE: 'off' });
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'puente-crash-'));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const c of children) await killHard(c);
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
  rmSync(dataDir, { recursive: true, force: true });
  restoreEnv();
});

function worker() {
  const p = startWorkerProcess(
    {
      PUENTE_ENGINE: 'embedded',
      PUENTE_DATA_DIR: dataDir,
      PUENTE_WORKER_CONCURRENCY: '40',
      PUENTE_LEASE_MS: '3000',
      PUENTE_HTTP_TIMEOUT_MS: '2000',
      PUENTE_DB_POOL: '8',
    },
    (line) => workerLog.push(line),
  );
  return p.then((c) => {
    children.push(c);
    return c;
  });
}

async function leased(): Promise<number> {
  const [r] = await rawSql()<{ n: number }[]>`select count(*)::int as n from delivery_queue where lease_until > now()`;
  return r!.n;
}

describe('workers SIGKILLed mid-flight', () => {
  it('loses nothing: two kills with requests in flight, replacements started, all 1,000 delivered', async () => {
    const dep = await makeDepartment();
    const program = await makeProgram(dep.id);
    for (let i = 0; i < WEBHOOKS; i++) {
      const w = await createWebhook(db, dep.id, { url: `${url}/crash/${i}`, events: ['lead.created'] }, actor);
      if (!w.ok) throw new Error(JSON.stringify(w.fieldErrors));
      await db.delete(deliveries).where(eq(deliveries.id, w.pingDeliveryId));
    }
    let planned = 0;
    for (let i = 0; i < LEADS; i++) {
      const lead = await createLead(db, leadInput([program.id]));
      if (lead.ok) planned += lead.deliveries.length;
    }
    expect(planned).toBe(TOTAL);

    const t0 = Date.now();
    const [a, b] = await Promise.all([worker(), worker()]);
    const kills: { at: number; received: number; leasedAfter: number; pendingAtReceiver: number }[] = [];

    const kill = async (victim: ChildProcess) => {
      const pendingAtReceiver = pending;
      const receivedAt = requests;
      await killHard(victim);
      const leasedAfter = await leased();
      kills.push({ at: Date.now() - t0, received: receivedAt, leasedAfter, pendingAtReceiver });
    };

    // Kill 1: both workers busy, a fifth of the way through.
    expect(await waitFor(() => requests >= 200 && pending >= 40, 20_000, 10)).toBe(true);
    await kill(a);
    // The replacement boots while the other original carries on alone …
    const replacement = worker();
    // … which is killed in turn, with its requests in flight and most of the work still queued.
    const atFirstKill = kills[0]!.received;
    expect(await waitFor(() => requests >= atFirstKill + 100 && pending >= 20, 20_000, 10)).toBe(true);
    const [left] = await rawSql()<{ n: number }[]>`select count(*)::int as n from delivery_queue`;
    expect(left!.n).toBeGreaterThan(300);
    await kill(b);
    const c = await replacement;
    const d = await worker();
    console.log(`crash: replacements ready at ${Date.now() - t0} ms`);

    const done = await waitFor(async () => (await statusCounts()).delivered === TOTAL, 60_000, 200);
    const elapsed = Date.now() - t0;
    await Promise.all([stopGently(c), stopGently(d)]);

    const counts = await statusCounts();
    const distinct = received.size;
    const duplicates = requests - distinct;
    const bound = kills.reduce((s, k) => s + k.leasedAfter, 0);
    console.log(
      `crash: ${TOTAL} deliveries in ${elapsed} ms; kills ${JSON.stringify(kills)}; requests ${requests}, distinct webhook-ids ${distinct}, ` +
        `duplicates ${duplicates} (bound ${bound})`,
    );
    if (!done) console.log(workerLog.slice(-30).join('\n'));
    expect(counts).toEqual({ delivered: TOTAL });
    expect(done).toBe(true);

    // Every webhook-id reached the receiver, and only Puente's own.
    const ids = await db.select({ messageId: deliveries.messageId }).from(deliveries);
    expect(ids).toHaveLength(TOTAL);
    for (const { messageId } of ids) expect(received.has(messageId)).toBe(true);
    expect(distinct).toBe(TOTAL);
    // Both kills happened with requests in flight (else the test proves nothing) …
    for (const k of kills) expect(k.leasedAfter).toBeGreaterThan(0);
    // … the kills really cut requests off (a worker that survived its SIGKILL would re-send nothing) …
    expect(duplicates).toBeGreaterThan(0);
    // … and re-sends are bounded by what was leased when the workers died.
    expect(duplicates).toBeLessThanOrEqual(bound);
    const [queue] = await rawSql()<{ n: number }[]>`select count(*)::int as n from delivery_queue`;
    expect(queue!.n).toBe(0);
  }, 90_000);
});
