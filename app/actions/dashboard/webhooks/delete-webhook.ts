'use server';

import { revalidatePath } from 'next/cache';
import { logError } from '@/lib/log-error';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { db } from '@/db/client';
import { isWebhookId } from '@/db/queries/webhooks';
import { FORBIDDEN, type ActionResult } from '@/lib/auth/action-result';
import { actorOf, guardDepartment } from '@/lib/auth/guard';
import { clientIpFrom } from '@/lib/client-ip';
import { deleteWebhook } from '@/lib/webhooks/update-webhook';
import { NOT_FOUND, SERVER_ERROR, webhookIdFrom } from './webhook-form-data';

/**
 * Delete a webhook and its delivery log (department admins). Fields: dept, webhookId, confirm
 * (must be the word DELETE). On success it redirects to the list with ?deleted=1.
 */
export async function deleteWebhookAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const g = await guardDepartment(formData.get('dept'), 'admin');
  if (!g) return FORBIDDEN;
  const webhookId = webhookIdFrom(formData);
  if (!isWebhookId(webhookId)) return { status: 'error', error: 'notFound', message: NOT_FOUND };
  const confirm = formData.get('confirm');
  if (typeof confirm !== 'string' || confirm.trim() !== 'DELETE') {
    return { status: 'error', error: 'invalid', message: 'Type DELETE to confirm.', fieldErrors: { confirm: 'Type the word DELETE in capital letters to confirm.' } };
  }
  try {
    const ip = clientIpFrom(await headers());
    const r = await deleteWebhook(db, g.department.id, webhookId, actorOf(g.viewer, ip));
    if (!r.ok) return { status: 'error', error: 'notFound', message: NOT_FOUND };
  } catch (e) {
    logError('deleteWebhookAction failed', e);
    return { status: 'error', error: 'server', message: SERVER_ERROR };
  }
  revalidatePath(`/dashboard/${g.department.slug}/webhooks`);
  redirect(`/dashboard/${g.department.slug}/webhooks?deleted=1`);
}
