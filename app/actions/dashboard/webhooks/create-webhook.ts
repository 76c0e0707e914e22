'use server';

import { revalidatePath } from 'next/cache';
import { logError } from '@/lib/log-error';
import { headers } from 'next/headers';
import { db } from '@/db/client';
import { FORBIDDEN, type ActionResult } from '@/lib/auth/action-result';
import { actorOf, guardDepartment } from '@/lib/auth/guard';
import { clientIpFrom } from '@/lib/client-ip';
import { createWebhook } from '@/lib/webhooks/create-webhook';
import { allWebhookErrors, INVALID, SERVER_ERROR, webhookRawFromFormData } from './webhook-form-data';

export interface CreatedWebhook {
  id: string;
  url: string;
  /** Shown this once; afterwards only masked or through the audited reveal. */
  secret: string;
  pingDeliveryId: string;
}

/**
 * New webhook (department admins). Fields: dept, url, description, contentType (json|form),
 * secret (empty: generate), verification (signature|token), eventsMode (lead|all|custom),
 * events[] (custom), programsMode (all|chosen), programIds[], sslVerify, header.<n>.name,
 * header.<n>.value, ordered, active, maxInFlight (empty: the platform default). The domain
 * sends a ping on creation.
 */
export async function createWebhookAction(_prev: ActionResult<CreatedWebhook>, formData: FormData): Promise<ActionResult<CreatedWebhook>> {
  const g = await guardDepartment(formData.get('dept'), 'admin');
  if (!g) return FORBIDDEN;
  const { raw, errors } = webhookRawFromFormData(formData);
  try {
    if (Object.keys(errors).length > 0) {
      return { status: 'error', error: 'invalid', message: INVALID, fieldErrors: await allWebhookErrors(db, g.department.id, raw, errors) };
    }
    const ip = clientIpFrom(await headers());
    const r = await createWebhook(db, g.department.id, raw, actorOf(g.viewer, ip));
    if (!r.ok) return { status: 'error', error: 'invalid', message: INVALID, fieldErrors: await allWebhookErrors(db, g.department.id, raw, {}, r.fieldErrors) };
    revalidatePath(`/dashboard/${g.department.slug}/webhooks`);
    return {
      status: 'ok',
      message: 'Webhook created. A ping was sent.',
      data: { id: r.webhook.id, url: r.webhook.url, secret: r.secret, pingDeliveryId: r.pingDeliveryId },
    };
  } catch (e) {
    logError('createWebhookAction failed', e);
    return { status: 'error', error: 'server', message: SERVER_ERROR };
  }
}
