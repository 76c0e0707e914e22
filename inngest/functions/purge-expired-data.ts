/** Daily: the retention purge (lib/retention), the Inngest twin of the embedded engine's cron task. */
import { cron } from 'inngest';
import { RETENTION_CRON, runRetentionJob } from '../../lib/retention/run-retention';
import { inngest } from '../client';

export const purgeExpiredData = inngest.createFunction(
  { id: 'purge-expired-data', triggers: [cron(`TZ=UTC ${RETENTION_CRON}`)], retries: 2, concurrency: { limit: 1 } },
  async ({ step }) => step.run('purge', async () => runRetentionJob()),
);
