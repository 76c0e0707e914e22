/** The alert scan as the embedded engine runs it: a graphile-worker cron task, every minute. */
import { eq } from 'drizzle-orm';
import { parseCrontab } from 'graphile-worker';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, rawSql } from '../../db/client';
import { webhookAlertState } from '../../db/schema';
import { makeDepartment, makeWebhookRow } from '../../test/factories';
import { startEmbeddedWorker } from '../delivery/embedded-worker';
import { resetEnvCache } from '../env';
import { ALERT_SCAN_CRONTAB, ALERT_SCAN_TASK } from './run-alert-scan';

beforeAll(() => {
  delete process.env.PUENTE_ENGINE;
  delete process.env.SMTP_URL;
  resetEnvCache();
});

describe('the alert scan cron task', () => {
  it('is a valid every-minute crontab line without catch-up', () => {
    const [item, ...rest] = parseCrontab(ALERT_SCAN_CRONTAB);
    expect(rest).toHaveLength(0);
    expect(item).toMatchObject({ task: ALERT_SCAN_TASK, options: { maxAttempts: 1 } });
    expect(item!.options.backfillPeriod).toBe(0);
    for (const min of [0, 1, 17, 59]) expect(item!.match({ min, hour: 3, date: 1, month: 1, dow: 4 })).toBe(true);
  });

  it('is run by the embedded worker: a queued scan records a disabled webhook', async () => {
    const dep = await makeDepartment();
    const w = await makeWebhookRow(dep.id, { disabledAt: new Date(), disabledReason: 'The receiver answered 410 Gone.' });
    const worker = await startEmbeddedWorker({ connectionString: process.env.DATABASE_URL!, concurrency: 2 });
    try {
      await rawSql()`select graphile_worker.add_job(${ALERT_SCAN_TASK}, '{}'::json)`;
      const until = Date.now() + 10_000;
      let state: string | undefined;
      while (Date.now() < until) {
        [{ state } = { state: undefined }] = await db.select({ state: webhookAlertState.state }).from(webhookAlertState).where(eq(webhookAlertState.webhookId, w.id));
        if (state) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(state).toBe('disabled');
    } finally {
      await worker.stop();
    }
  });
});
