'use server';

import { revalidatePath } from 'next/cache';
import { logError } from '@/lib/log-error';
import { headers } from 'next/headers';
import { db } from '@/db/client';
import { getWebhookRecoveryState, isWebhookId, recoverySince } from '@/db/queries/webhooks';
import { FORBIDDEN, type ActionResult } from '@/lib/auth/action-result';
import { actorOf, guardDepartment } from '@/lib/auth/guard';
import { clientIpFrom } from '@/lib/client-ip';
import { recoverFailedDeliveries } from '@/lib/webhooks/redeliver';
import { countMissingDeliveries } from '@/lib/webhooks/replay-missing';
import { setWebhookEnabled } from '@/lib/webhooks/update-webhook';
import { missingAfterEnable, NOT_FOUND, SERVER_ERROR, webhookIdFrom } from './webhook-form-data';

/**
 * For a webhook disabled after failures (department admins): enable it, then recover every
 * failed delivery since the failures began (failingSince, else a day before disabledAt), read
 * from the database rather than the form. Fields: dept, webhookId.
 */
export async function reenableAndRecoverAction(_prev: ActionResult<{ count: number }>, formData: FormData): Promise<ActionResult<{ count: number }>> {
  const g = await guardDepartment(formData.get('dept'), 'admin');
  if (!g) return FORBIDDEN;
  const webhookId = webhookIdFrom(formData);
  if (!isWebhookId(webhookId)) return { status: 'error', error: 'notFound', message: NOT_FOUND };
  try {
    const state = await getWebhookRecoveryState(db, g.department.id, webhookId);
    if (!state) return { status: 'error', error: 'notFound', message: NOT_FOUND };
    const since = recoverySince(state);
    if (!since) return { status: 'error', error: 'invalid', message: 'This webhook is not disabled any more. Use “Recover failed deliveries” below if deliveries still need another attempt.' };
    const actor = actorOf(g.viewer, clientIpFrom(await headers()));
    const enabled = await setWebhookEnabled(db, g.department.id, webhookId, true, actor);
    if (!enabled.ok) return { status: 'error', error: 'notFound', message: NOT_FOUND };
    const r = await recoverFailedDeliveries(db, g.department.id, webhookId, since, actor);
    revalidatePath(`/dashboard/${g.department.slug}/webhooks`);
    revalidatePath(`/dashboard/${g.department.slug}/webhooks/${webhookId}`);
    if (!r.ok) return { status: 'error', error: 'notFound', message: NOT_FOUND };
    const n = r.count;
    const missing = await countMissingDeliveries(db, webhookId);
    return {
      status: 'ok',
      data: { count: n },
      message: `Webhook re-enabled. ${n === 0 ? 'No failed deliveries to recover.' : `Re-queued ${n} failed ${n === 1 ? 'delivery' : 'deliveries'} for one more attempt.`}${missingAfterEnable(missing.count)}`,
    };
  } catch (e) {
    logError('reenableAndRecoverAction failed', e);
    return { status: 'error', error: 'server', message: SERVER_ERROR };
  }
}
