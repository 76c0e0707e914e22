/**
 * The scheduled retention run, shared by both engines: a graphile-worker cron task in the
 * embedded engine (lib/delivery/embedded-worker.ts) and an Inngest cron function
 * (inngest/functions/purge-expired-data.ts). Daily at 03:17 UTC, off the hour.
 */
import { db } from '../../db/client';
import { env } from '../env';
import { purgeExpiredData, type PurgeCounts } from './purge';

export const RETENTION_TASK = 'retention-purge';
export const RETENTION_CRON = '17 3 * * *';
/** graphile-worker crontab line: catch up a run missed in the last day (a restart at 03:17), 3 tries. */
export const RETENTION_CRONTAB = `${RETENTION_CRON} ${RETENTION_TASK} ?fill=1d&max=3`;

export async function runRetentionJob(now = new Date()): Promise<PurgeCounts> {
  const counts = await purgeExpiredData(db, { now, days: env().PUENTE_RETENTION_DAYS });
  if (counts.leads + counts.events + counts.attempts + counts.expiredHeld > 0) {
    console.log(
      `retention: removed personal data of ${counts.leads} lead(s), ${counts.events} event payload(s), ${counts.attempts} attempt bodies; ${counts.expiredHeld} held deliveries given up`,
    );
  }
  return counts;
}
