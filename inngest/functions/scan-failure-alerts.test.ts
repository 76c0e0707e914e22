import { InngestTestEngine } from '@inngest/test';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../db/client';
import { webhookAlertState } from '../../db/schema';
import { resetEnvCache } from '../../lib/env';
import { makeDepartment, makeWebhookRow } from '../../test/factories';
import { scanFailureAlerts } from './scan-failure-alerts';

beforeAll(() => {
  process.env.PUENTE_ENGINE = 'inngest';
  delete process.env.SMTP_URL;
  resetEnvCache();
});

describe('scan-failure-alerts (Inngest cron)', () => {
  it('runs the alert scan in one step', async () => {
    const dep = await makeDepartment();
    const w = await makeWebhookRow(dep.id, { disabledAt: new Date(), disabledReason: 'The receiver answered 410 Gone.' });
    const t = new InngestTestEngine({ function: scanFailureAlerts });
    const { result, error } = await t.execute();
    expect(error).toBeUndefined();
    expect(result).toMatchObject({ changes: 1, notices: 0, emailsSent: 0 });
    const [s] = await db.select().from(webhookAlertState).where(eq(webhookAlertState.webhookId, w.id));
    expect(s).toMatchObject({ state: 'disabled', departmentId: dep.id });
  });

  it('is scheduled every minute', () => {
    const triggers = (scanFailureAlerts as unknown as { opts: { triggers: { cron?: string }[] } }).opts.triggers;
    expect(triggers).toEqual([{ cron: 'TZ=UTC * * * * *' }]);
  });
});
