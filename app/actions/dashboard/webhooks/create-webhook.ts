'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/db/client';
import { departmentAction } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/auth/action-result';
import { createWebhook } from '@/lib/webhooks/create-webhook';
import { allWebhookErrors, serverError, webhookRawFromFormData } from './webhook-form-data';

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
export const createWebhookAction = departmentAction(
  { name: 'createWebhookAction', role: 'admin', serverError },
  async ({ department, actor, m }, formData): Promise<ActionResult<CreatedWebhook>> => {
    const { raw, errors } = webhookRawFromFormData(formData, m);
    if (Object.keys(errors).length > 0) {
      return { status: 'error', error: 'invalid', message: m.common.errors.checkForm, fieldErrors: await allWebhookErrors(db, department.id, raw, m, errors) };
    }
    const r = await createWebhook(db, department.id, raw, actor);
    if (!r.ok) return { status: 'error', error: 'invalid', message: m.common.errors.checkForm, fieldErrors: await allWebhookErrors(db, department.id, raw, m, {}, r.fieldErrors) };
    revalidatePath(`/dashboard/${department.slug}/webhooks`);
    return {
      status: 'ok',
      message: m.webhooks.results.created,
      data: { id: r.webhook.id, url: r.webhook.url, secret: r.secret, pingDeliveryId: r.pingDeliveryId },
    };
  },
);
