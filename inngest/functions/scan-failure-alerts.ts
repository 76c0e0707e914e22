/** Every minute: the failure alert scan (lib/alerts), the Inngest twin of the embedded engine's cron task. */
import { cron } from 'inngest';
import { ALERT_SCAN_CRON, runAlertScanJob } from '../../lib/alerts/run-alert-scan';
import { inngest } from '../client';

export const scanFailureAlerts = inngest.createFunction(
  // One run at a time: the scan is idempotent anyway (conditional updates), this saves the work.
  { id: 'scan-failure-alerts', triggers: [cron(`TZ=UTC ${ALERT_SCAN_CRON}`)], retries: 1, concurrency: { limit: 1 } },
  async ({ step }) => step.run('scan', async () => runAlertScanJob()),
);
