'use server';

import { revalidatePath } from 'next/cache';
import { logError } from '@/lib/log-error';
import { headers } from 'next/headers';
import { db } from '@/db/client';
import { isWebhookId } from '@/db/queries/webhooks';
import { FORBIDDEN, type ActionResult } from '@/lib/auth/action-result';
import { actorOf, guardDepartment } from '@/lib/auth/guard';
import { clientIpFrom } from '@/lib/client-ip';
import { recoverFailedDeliveries } from '@/lib/webhooks/redeliver';
import { NOT_FOUND, parseLocalDateTime, SERVER_ERROR, webhookIdFrom } from './webhook-form-data';

/**
 * One more attempt for every failed delivery of a webhook created since a time (department
 * admins). Fields: dept, webhookId, since (datetime-local, Puerto Rico time).
 */
export async function recoverFailedDeliveriesAction(_prev: ActionResult<{ count: number }>, formData: FormData): Promise<ActionResult<{ count: number }>> {
  const g = await guardDepartment(formData.get('dept'), 'admin');
  if (!g) return FORBIDDEN;
  const webhookId = webhookIdFrom(formData);
  if (!isWebhookId(webhookId)) return { status: 'error', error: 'notFound', message: NOT_FOUND };
  const raw = formData.get('since');
  const since = typeof raw === 'string' ? parseLocalDateTime(raw) : null;
  if (!since) return { status: 'error', error: 'invalid', message: 'Check the date.', fieldErrors: { since: 'Enter a date and time, e.g. 2026-05-01 09:00.' } };
  if (since.getTime() > Date.now()) return { status: 'error', error: 'invalid', message: 'Check the date.', fieldErrors: { since: 'Choose a time in the past.' } };
  try {
    const ip = clientIpFrom(await headers());
    const r = await recoverFailedDeliveries(db, g.department.id, webhookId, since, actorOf(g.viewer, ip));
    if (!r.ok) return { status: 'error', error: 'notFound', message: NOT_FOUND };
    revalidatePath(`/dashboard/${g.department.slug}/webhooks`);
    const n = r.count;
    return {
      status: 'ok',
      data: { count: n },
      message: n === 0 ? 'No failed deliveries since then: nothing to recover.' : `Re-queued ${n} failed ${n === 1 ? 'delivery' : 'deliveries'} for one more attempt.`,
    };
  } catch (e) {
    logError('recoverFailedDeliveriesAction failed', e);
    return { status: 'error', error: 'server', message: SERVER_ERROR };
  }
}
