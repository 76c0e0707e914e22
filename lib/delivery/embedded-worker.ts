/**
 * The embedded engine: the delivery dispatcher (lib/delivery/dispatcher.ts), which claims due
 * deliveries from the work list in Postgres, plus a graphile-worker runner kept for the one
 * thing it does best here: cron tasks that run once across all workers (the daily retention
 * purge, the failure alert scan every minute). Runs inside the Next.js server
 * (instrumentation.ts) or as `npm run worker`.
 * docs/decisions/012-delivery-engine-v2.md says why deliveries are no longer graphile jobs.
 */
import { run, type Runner } from 'graphile-worker';
import { ALERT_SCAN_CRONTAB, ALERT_SCAN_TASK, runAlertScanJob } from '../alerts/run-alert-scan';
import { RETENTION_CRONTAB, RETENTION_TASK, runRetentionJob } from '../retention/run-retention';
import type { AttemptOptions, AttemptOutcome } from './attempt-delivery';
import { startDispatcher, type Dispatcher } from './dispatcher';
import { quietWorkerLogger } from './worker-logger';

export interface EmbeddedWorkerOptions {
  connectionString: string;
  /** Requests in flight in this process across all webhooks (PUENTE_WORKER_CONCURRENCY). */
  concurrency?: number;
  /** How often an idle dispatcher looks for work nobody announced. */
  pollMs?: number;
  attempt?: AttemptOptions;
  onOutcome?: (deliveryId: string, outcome: AttemptOutcome) => void;
}

export interface EmbeddedWorker {
  runner: Runner;
  dispatcher: Dispatcher;
  /** Looks for due work at once (tests; normally NOTIFY and timers do this). */
  sweepNow(): void;
  stop(): Promise<void>;
}

export async function startEmbeddedWorker(opts: EmbeddedWorkerOptions): Promise<EmbeddedWorker> {
  const dispatcher = await startDispatcher({
    capacity: opts.concurrency ?? 200,
    pollMs: opts.pollMs,
    attempt: opts.attempt,
    onOutcome: opts.onOutcome,
  });
  const runner = await run({
    connectionString: opts.connectionString,
    concurrency: 1,
    maxPoolSize: 2,
    noHandleSignals: true,
    pollInterval: 2_000,
    logger: quietWorkerLogger,
    taskList: {
      [RETENTION_TASK]: async () => {
        await runRetentionJob();
      },
      [ALERT_SCAN_TASK]: async () => {
        await runAlertScanJob();
      },
    },
    // The daily retention purge and the failure alert scan every minute (docs/decisions/016);
    // known_crontabs makes one run per slot across all workers.
    crontab: [RETENTION_CRONTAB, ALERT_SCAN_CRONTAB].join('\n'),
  });

  return {
    runner,
    dispatcher,
    sweepNow: () => dispatcher.poke(),
    stop: async () => {
      await dispatcher.stop();
      await runner.stop();
    },
  };
}
