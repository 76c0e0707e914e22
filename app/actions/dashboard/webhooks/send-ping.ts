'use server';

import { revalidatePath } from 'next/cache';
import { logError } from '@/lib/log-error';
import { headers } from 'next/headers';
import { db } from '@/db/client';
import { isWebhookId } from '@/db/queries/webhooks';
import { FORBIDDEN, type ActionResult } from '@/lib/auth/action-result';
import { actorOf, guardDepartment } from '@/lib/auth/guard';
import { clientIpFrom } from '@/lib/client-ip';
import { sendPing } from '@/lib/webhooks/send-ping';
import { NOT_FOUND, SERVER_ERROR, webhookIdFrom } from './webhook-form-data';

/** Send a `ping` to a webhook (department staff or admins). Fields: dept, webhookId. */
export async function sendPingAction(_prev: ActionResult<{ deliveryId: string }>, formData: FormData): Promise<ActionResult<{ deliveryId: string }>> {
  const g = await guardDepartment(formData.get('dept'), 'staff');
  if (!g) return FORBIDDEN;
  const webhookId = webhookIdFrom(formData);
  if (!isWebhookId(webhookId)) return { status: 'error', error: 'notFound', message: NOT_FOUND };
  try {
    const ip = clientIpFrom(await headers());
    const r = await sendPing(db, g.department.id, webhookId, actorOf(g.viewer, ip));
    if (!r.ok && r.error === 'rateLimited') {
      return {
        status: 'error',
        error: 'rateLimited',
        message: `Too many manual sends to this webhook in a short time. Try again in ${r.retryAfterSeconds} s.`,
      };
    }
    if (!r.ok) return { status: 'error', error: 'notFound', message: NOT_FOUND };
    revalidatePath(`/dashboard/${g.department.slug}/webhooks`);
    return { status: 'ok', message: 'A ping was sent.', data: { deliveryId: r.deliveryId } };
  } catch (e) {
    logError('sendPingAction failed', e);
    return { status: 'error', error: 'server', message: SERVER_ERROR };
  }
}
