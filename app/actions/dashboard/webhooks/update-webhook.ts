'use server';

import { revalidatePath } from 'next/cache';
import { logError } from '@/lib/log-error';
import { headers } from 'next/headers';
import { db } from '@/db/client';
import { getWebhookCustomHeaders, isWebhookId } from '@/db/queries/webhooks';
import { FORBIDDEN, type ActionResult } from '@/lib/auth/action-result';
import { actorOf, guardDepartment } from '@/lib/auth/guard';
import { clientIpFrom } from '@/lib/client-ip';
import { openCustomHeaders } from '@/lib/webhooks/custom-headers';
import { updateWebhook } from '@/lib/webhooks/update-webhook';
import { allWebhookErrors, INVALID, NOT_FOUND, SERVER_ERROR, webhookIdFrom, webhookRawFromFormData } from './webhook-form-data';

/**
 * Edit a webhook (department admins). Fields: dept, webhookId, and the create form's fields;
 * an empty secret keeps the current one, and a header row whose value was shown masked
 * (header.<n>.keep = its stored name) keeps its stored value when left empty.
 */
export async function updateWebhookAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const g = await guardDepartment(formData.get('dept'), 'admin');
  if (!g) return FORBIDDEN;
  const webhookId = webhookIdFrom(formData);
  if (!isWebhookId(webhookId)) return { status: 'error', error: 'notFound', message: NOT_FOUND };
  try {
    const stored = await getWebhookCustomHeaders(db, g.department.id, webhookId);
    if (!stored) return { status: 'error', error: 'notFound', message: NOT_FOUND };
    // Kept (masked) rows get their stored value back in clear; the save seals it again.
    const { raw, errors } = webhookRawFromFormData(formData, openCustomHeaders(stored));
    if (Object.keys(errors).length > 0) {
      return { status: 'error', error: 'invalid', message: INVALID, fieldErrors: await allWebhookErrors(db, g.department.id, raw, errors) };
    }
    const ip = clientIpFrom(await headers());
    const r = await updateWebhook(db, g.department.id, webhookId, raw, actorOf(g.viewer, ip));
    if (!r.ok) {
      if (r.error === 'notFound') return { status: 'error', error: 'notFound', message: NOT_FOUND };
      return { status: 'error', error: 'invalid', message: INVALID, fieldErrors: await allWebhookErrors(db, g.department.id, raw, {}, r.fieldErrors) };
    }
    revalidatePath(`/dashboard/${g.department.slug}/webhooks`);
    revalidatePath(`/dashboard/${g.department.slug}/webhooks/${webhookId}`);
    return { status: 'ok', message: 'Changes saved.' };
  } catch (e) {
    logError('updateWebhookAction failed', e);
    return { status: 'error', error: 'server', message: SERVER_ERROR };
  }
}
