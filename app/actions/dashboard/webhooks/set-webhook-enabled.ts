'use server';

import { revalidatePath } from 'next/cache';
import { logError } from '@/lib/log-error';
import { headers } from 'next/headers';
import { db } from '@/db/client';
import { isWebhookId } from '@/db/queries/webhooks';
import { FORBIDDEN, type ActionResult } from '@/lib/auth/action-result';
import { actorOf, guardDepartment } from '@/lib/auth/guard';
import { clientIpFrom } from '@/lib/client-ip';
import { countMissingDeliveries } from '@/lib/webhooks/replay-missing';
import { setWebhookEnabled } from '@/lib/webhooks/update-webhook';
import { missingAfterEnable, NOT_FOUND, SERVER_ERROR, webhookIdFrom } from './webhook-form-data';

/**
 * Enable or disable a webhook (department admins). Fields: dept, webhookId, enabled ('true' |
 * 'false'). Enabling also clears a disable-by-failure and resumes held deliveries, and says
 * how many leads arrived meanwhile (they can then be sent with replay-missing).
 */
export async function setWebhookEnabledAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const g = await guardDepartment(formData.get('dept'), 'admin');
  if (!g) return FORBIDDEN;
  const webhookId = webhookIdFrom(formData);
  const enabled = formData.get('enabled');
  if (!isWebhookId(webhookId)) return { status: 'error', error: 'notFound', message: NOT_FOUND };
  if (enabled !== 'true' && enabled !== 'false') return { status: 'error', error: 'invalid', message: 'Choose to enable or disable the webhook.' };
  try {
    const ip = clientIpFrom(await headers());
    const r = await setWebhookEnabled(db, g.department.id, webhookId, enabled === 'true', actorOf(g.viewer, ip));
    if (!r.ok) return { status: 'error', error: 'notFound', message: NOT_FOUND };
    revalidatePath(`/dashboard/${g.department.slug}/webhooks`);
    revalidatePath(`/dashboard/${g.department.slug}/webhooks/${webhookId}`);
    if (enabled === 'false') return { status: 'ok', message: 'Webhook disabled. Leads that arrive while it is disabled are not sent to it; deliveries already under way wait until you enable it.' };
    const n = r.resumed;
    const missing = await countMissingDeliveries(db, webhookId);
    const resumed = n > 0 ? `Webhook enabled. ${n} held ${n === 1 ? 'delivery was' : 'deliveries were'} resumed.` : 'Webhook enabled.';
    return { status: 'ok', message: `${resumed}${missingAfterEnable(missing.count)}` };
  } catch (e) {
    logError('setWebhookEnabledAction failed', e);
    return { status: 'error', error: 'server', message: SERVER_ERROR };
  }
}
