/**
 * The scheduled failure alert scan, shared by both engines: a graphile-worker cron task in the
 * embedded engine (lib/delivery/embedded-worker.ts) and an Inngest cron function
 * (inngest/functions/scan-failure-alerts.ts). Every minute.
 */
import { db } from '../../db/client';
import { runAlertScan, type AlertScanResult } from './scan';

export const ALERT_SCAN_TASK = 'failure-alerts-scan';
export const ALERT_SCAN_CRON = '* * * * *';
/** graphile-worker crontab line: no catch-up (the next minute's run sees the same state), one try. */
export const ALERT_SCAN_CRONTAB = `${ALERT_SCAN_CRON} ${ALERT_SCAN_TASK} ?max=1`;

export async function runAlertScanJob(now = new Date()): Promise<AlertScanResult> {
  const r = await runAlertScan(db, { now });
  if (r.changes + r.notices + r.departmentDigests > 0 || r.platformDigest) {
    console.log(
      `alerts: ${r.changes} state change(s), ${r.notices} alert(s), ${r.departmentDigests} department digest(s)${r.platformDigest ? ', the platform digest' : ''}; ${r.emailsSent} e-mail(s) sent, ${r.emailsFailed} failed`,
    );
  }
  return r;
}
