/** Starts the delivery engine that this process should run, once, and stops it on exit. */
import { engineKind, env } from '../env';
import { startEmbeddedWorker, type EmbeddedWorker } from './embedded-worker';

const g = globalThis as unknown as { __puenteWorker?: Promise<EmbeddedWorker | null> };

export function startInProcessEngine(): Promise<EmbeddedWorker | null> {
  g.__puenteWorker ??= (async () => {
    const e = env();
    if (engineKind(e) !== 'embedded' || !e.PUENTE_WORKER_IN_PROCESS || !e.DATABASE_URL) return null;
    const worker = await startEmbeddedWorker({ connectionString: e.DATABASE_URL, concurrency: e.PUENTE_WORKER_CONCURRENCY });
    const stop = () => void worker.stop().catch(() => {});
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
    return worker;
  })().catch((err: unknown) => {
    console.error('could not start the delivery worker:', err);
    return null;
  });
  return g.__puenteWorker;
}
