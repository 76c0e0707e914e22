/**
 * `npm run worker`: a separate delivery worker process for the embedded engine. Run as many
 * as you like against the same DATABASE_URL (set PUENTE_WORKER_IN_PROCESS=0 on the web
 * server to keep deliveries out of it). Without DATABASE_URL it uses the embedded Postgres.
 */
import { bootstrap } from '../lib/runtime/bootstrap';
import { startEmbeddedWorker } from '../lib/delivery/embedded-worker';
import { env } from '../lib/env';

// A few pipelined connections beat many on small machines (docs/decisions/007).
process.env.PUENTE_DB_POOL ??= '4';
const boot = await bootstrap({ log: console.log, seed: false });
const e = env();
const worker = await startEmbeddedWorker({
  connectionString: boot.databaseUrl,
  concurrency: e.PUENTE_WORKER_CONCURRENCY,
});
console.log(`▸ delivery worker running (concurrency ${e.PUENTE_WORKER_CONCURRENCY}); Ctrl-C to stop`);
if (process.send) {
  process.send({ type: 'ready' });
  // The benchmark asks a worker for its peak memory over IPC.
  process.on('message', (msg: { type?: string }) => {
    if (msg.type === 'stats') {
      process.send?.({ type: 'stats', maxRssMb: process.resourceUsage().maxRSS / 1024, dispatch: worker.dispatcher.stats() });
    }
  });
}

let stopping = false;
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    if (stopping) return;
    stopping = true;
    void worker
      .stop()
      .then(() => boot.stop())
      .finally(() => process.exit(0));
  });
}
