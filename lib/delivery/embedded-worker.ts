/**
 * The embedded engine: a graphile-worker runner (LISTEN/NOTIFY, so a job is picked up within
 * milliseconds of the commit that added it) whose main task calls attemptDelivery, plus the
 * periodic sweep and the daily retention purge (a graphile-worker cron task). Runs inside the
 * Next.js server (instrumentation.ts) or as `npm run worker`.
 */
import { run, type Runner } from 'graphile-worker';
import { z } from 'zod';
import { db } from '../../db/client';
import { RETENTION_CRONTAB, RETENTION_TASK, runRetentionJob } from '../retention/run-retention';
import { attemptDelivery, type AttemptOptions } from './attempt-delivery';
import { findLostDeliveries, SWEEP_INTERVAL_MS } from './sweep';
import { DELIVER_TASK, enqueueDeliveryJobs, type WakeTarget } from './wake';
import { quietWorkerLogger } from './worker-logger';

const jobPayload = z.object({ deliveryId: z.uuid() });

export interface EmbeddedWorkerOptions {
  connectionString: string;
  concurrency?: number;
  sweepIntervalMs?: number;
  sweepGraceMs?: number;
  attempt?: AttemptOptions;
}

export interface EmbeddedWorker {
  runner: Runner;
  sweepNow(): Promise<number>;
  stop(): Promise<void>;
}

/** Runs one attempt and schedules what follows it: the retry, or the next delivery of an ordered webhook. */
export async function runDeliverJob(payload: unknown, attempt: AttemptOptions = {}): Promise<void> {
  // Job payloads are re-checked when the job runs: a malformed one is dropped, not retried forever.
  const parsed = jobPayload.safeParse(payload);
  if (!parsed.success) {
    console.warn('dropping a deliver job with an invalid payload');
    return;
  }
  const { deliveryId } = parsed.data;
  const r = await attemptDelivery(deliveryId, attempt);
  const follow: WakeTarget[] = [];
  if (r.outcome === 'retry' && r.nextAttemptAt) follow.push({ id: deliveryId, runAt: r.nextAttemptAt });
  if ('wake' in r) follow.push(...r.wake);
  if (follow.length > 0) await enqueueDeliveryJobs(db, follow);
}

export async function startEmbeddedWorker(opts: EmbeddedWorkerOptions): Promise<EmbeddedWorker> {
  const concurrency = opts.concurrency ?? 50;
  const runner = await run({
    connectionString: opts.connectionString,
    concurrency,
    maxPoolSize: Number(process.env.PUENTE_WORKER_PG_POOL ?? 4),
    noHandleSignals: true,
    pollInterval: 2000,
    logger: quietWorkerLogger,
    taskList: {
      [DELIVER_TASK]: async (payload) => runDeliverJob(payload, opts.attempt),
      [RETENTION_TASK]: async () => {
        await runRetentionJob();
      },
    },
    // The daily retention purge; known_crontabs makes one run per day across all workers.
    crontab: RETENTION_CRONTAB,
    preset: { worker: { localQueue: { size: concurrency } , completeJobBatchDelay: 0, failJobBatchDelay: 0 } },
  });

  const sweepNow = async () => {
    const lost = await findLostDeliveries(db, new Date(), { graceMs: opts.sweepGraceMs });
    await enqueueDeliveryJobs(db, lost);
    return lost.length;
  };
  let sweeping = false;
  const timer = setInterval(() => {
    if (sweeping) return;
    sweeping = true;
    sweepNow()
      .catch((e: unknown) => console.warn('sweep failed:', e instanceof Error ? e.message : e))
      .finally(() => (sweeping = false));
  }, opts.sweepIntervalMs ?? SWEEP_INTERVAL_MS);
  timer.unref();

  return {
    runner,
    sweepNow,
    stop: async () => {
      clearInterval(timer);
      await runner.stop();
    },
  };
}
