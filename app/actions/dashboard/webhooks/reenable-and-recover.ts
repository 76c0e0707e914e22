'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/db/client';
import { getWebhookRecoveryState, recoverySince } from '@/db/queries/webhooks';
import { departmentAction } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/auth/action-result';
import { recoverFailedDeliveries } from '@/lib/webhooks/redeliver';
import { countMissingDeliveries } from '@/lib/webhooks/replay-missing';
import { setWebhookEnabled } from '@/lib/webhooks/update-webhook';
import { missingAfterEnable, serverError, webhookIdParse } from './webhook-form-data';

/**
 * For a webhook disabled after failures (department admins): enable it, then recover every
 * failed delivery since the failures began (failingSince, else a day before disabledAt), read
 * from the database rather than the form. Fields: dept, webhookId.
 */
export const reenableAndRecoverAction = departmentAction(
  { name: 'reenableAndRecoverAction', role: 'admin', parse: webhookIdParse, serverError },
  async ({ department, actor, m, input: { webhookId } }): Promise<ActionResult<{ count: number }>> => {
    const state = await getWebhookRecoveryState(db, department.id, webhookId);
    const t = m.webhooks.results;
    if (!state) return { status: 'error', error: 'notFound', message: t.notFound };
    const since = recoverySince(state);
    if (!since) return { status: 'error', error: 'invalid', message: t.notDisabledAnyMore };
    const enabled = await setWebhookEnabled(db, department.id, webhookId, true, actor);
    if (!enabled.ok) return { status: 'error', error: 'notFound', message: t.notFound };
    const r = await recoverFailedDeliveries(db, department.id, webhookId, since, actor);
    revalidatePath(`/dashboard/${department.slug}/webhooks`);
    revalidatePath(`/dashboard/${department.slug}/webhooks/${webhookId}`);
    if (!r.ok) return { status: 'error', error: 'notFound', message: t.notFound };
    const n = r.count;
    const missing = await countMissingDeliveries(db, webhookId);
    return {
      status: 'ok',
      data: { count: n },
      message: `${t.reenabled} ${n === 0 ? t.noFailedToRecover : m.recover.queued(n)}${missingAfterEnable(missing.count, m)}`,
    };
  },
);
