/**
 * Shared pieces of the delivery-engine tests (test/engine/*.test.ts): polling, environment
 * overrides, a black-hole endpoint, worker processes and small database read-outs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { sql } from 'drizzle-orm';
import { db, type Queryable } from '../../db/client';
import { resetEnvCache } from '../../lib/env';
import { invalidateSsrfOptions } from '../../lib/delivery/ssrf-policy';

export const actor = { email: 'engine-tests@example.com' };

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls `pred` every `everyMs` until it holds or `timeoutMs` passes; returns whether it held. */
export async function waitFor(pred: () => boolean | Promise<boolean>, timeoutMs: number, everyMs = 50): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await pred()) return true;
    if (Date.now() >= until) return false;
    await sleep(everyMs);
  }
}

/**
 * Sets environment variables (undefined deletes) and resets the env cache; returns a function
 * that puts the previous values back.
 */
export function setEnv(vars: Record<string, string | undefined>): () => void {
  const before: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(vars)) {
    before[k] = process.env[k];
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  resetEnvCache();
  invalidateSsrfOptions();
  return () => {
    for (const [k, v] of Object.entries(before)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    resetEnvCache();
    invalidateSsrfOptions();
  };
}

/** Delivery counts by status, e.g. { delivered: 10, retrying: 2 }. */
export async function statusCounts(q: Queryable = db, where = sql`true`): Promise<Record<string, number>> {
  const rows = await q.execute<{ status: string; n: number }>(sql`select status::text, count(*)::int as n from deliveries where ${where} group by 1`);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

/**
 * A loopback endpoint that accepts TCP connections, reads whatever is sent and never answers:
 * a hung department server. Counts connections open at once (the requests in flight to it).
 */
export interface BlackHole {
  url: string;
  /** Connections open right now. */
  open(): number;
  /** The most connections that were ever open at once. */
  maxOpen(): number;
  /** Connections that carried (the start of) a request. */
  requests(): number;
  close(): Promise<void>;
}

export async function startBlackHole(): Promise<BlackHole> {
  const sockets = new Set<net.Socket>();
  let maxOpen = 0;
  let requests = 0;
  const server = net.createServer((socket) => {
    sockets.add(socket);
    maxOpen = Math.max(maxOpen, sockets.size);
    socket.once('data', () => requests++);
    socket.on('data', () => {}); // read and drop: never answer
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    open: () => sockets.size,
    maxOpen: () => maxOpen,
    requests: () => requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * `scripts/worker.ts` as a child process (what `npm run worker` runs), resolved once it says it
 * is ready. Run as `node --import tsx`, not through the tsx CLI: the CLI runs the script in a
 * child process of its own, so a SIGKILL sent to the CLI would leave the real worker running.
 */
export function startWorkerProcess(env: Record<string, string>, log?: (line: string) => void): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--import', './scripts/allow-server-only.mjs', 'scripts/worker.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const forward = (b: Buffer) => {
    for (const line of b.toString('utf8').split('\n')) if (line.trim()) log?.(`[worker ${child.pid}] ${line}`);
  };
  child.stdout?.on('data', forward);
  child.stderr?.on('data', forward);
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null, signal: string | null) => reject(new Error(`worker exited before it was ready (code ${code}, signal ${signal})`));
    child.once('exit', onExit);
    child.once('message', () => {
      child.off('exit', onExit);
      resolve(child);
    });
  });
}

/** SIGKILL, and resolve once the process is gone. */
export async function killHard(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGKILL');
  await gone;
}

/** SIGTERM (a clean stop); SIGKILL if it has not exited after `graceMs`. */
export async function stopGently(child: ChildProcess, graceMs = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const t = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await gone;
  clearTimeout(t);
}
