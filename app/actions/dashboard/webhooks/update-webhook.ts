'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/db/client';
import { getWebhookCustomHeaders } from '@/db/queries/webhooks';
import { departmentAction } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/auth/action-result';
import { openCustomHeaders } from '@/lib/webhooks/custom-headers';
import { updateWebhook } from '@/lib/webhooks/update-webhook';
import { allWebhookErrors, serverError, webhookIdParse, webhookRawFromFormData } from './webhook-form-data';

/**
 * Edit a webhook (department admins). Fields: dept, webhookId, and the create form's fields;
 * an empty secret keeps the current one, and a header row whose value was shown masked
 * (header.<n>.keep = its stored name) keeps its stored value when left empty.
 */
export const updateWebhookAction = departmentAction(
  { name: 'updateWebhookAction', role: 'admin', parse: webhookIdParse, serverError },
  async ({ department, actor, m, input: { webhookId } }, formData): Promise<ActionResult> => {
    const stored = await getWebhookCustomHeaders(db, department.id, webhookId);
    if (!stored) return { status: 'error', error: 'notFound', message: m.webhooks.results.notFound };
    // Kept (masked) rows get their stored value back in clear; the save seals it again.
    const { raw, errors } = webhookRawFromFormData(formData, m, openCustomHeaders(stored));
    if (Object.keys(errors).length > 0) {
      return { status: 'error', error: 'invalid', message: m.common.errors.checkForm, fieldErrors: await allWebhookErrors(db, department.id, raw, m, errors) };
    }
    const r = await updateWebhook(db, department.id, webhookId, raw, actor);
    if (!r.ok) {
      if (r.error === 'notFound') return { status: 'error', error: 'notFound', message: m.webhooks.results.notFound };
      return { status: 'error', error: 'invalid', message: m.common.errors.checkForm, fieldErrors: await allWebhookErrors(db, department.id, raw, m, {}, r.fieldErrors) };
    }
    revalidatePath(`/dashboard/${department.slug}/webhooks`);
    revalidatePath(`/dashboard/${department.slug}/webhooks/${webhookId}`);
    return { status: 'ok', message: m.webhooks.results.saved };
  },
);
