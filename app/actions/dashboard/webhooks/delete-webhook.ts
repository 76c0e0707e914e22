'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { db } from '@/db/client';
import { departmentAction } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/auth/action-result';
import { deleteWebhook } from '@/lib/webhooks/update-webhook';
import { serverError, webhookIdParse } from './webhook-form-data';

/** The confirmation word, in either language (the form asks for the viewer's). */
const CONFIRM_WORDS = new Set(['ELIMINAR', 'DELETE']);

/**
 * Delete a webhook and its delivery log (department admins). Fields: dept, webhookId, confirm
 * (the word ELIMINAR or DELETE). On success it redirects to the list with ?deleted=1.
 */
export const deleteWebhookAction = departmentAction(
  { name: 'deleteWebhookAction', role: 'admin', parse: webhookIdParse, serverError },
  async ({ department, actor, m, input }, formData): Promise<ActionResult> => {
    const confirm = formData.get('confirm');
    if (typeof confirm !== 'string' || !CONFIRM_WORDS.has(confirm.trim())) {
      return { status: 'error', error: 'invalid', message: m.webhooks.results.deleteConfirm, fieldErrors: { confirm: m.webhooks.results.deleteConfirmField } };
    }
    const r = await deleteWebhook(db, department.id, input.webhookId, actor);
    if (!r.ok) return { status: 'error', error: 'notFound', message: m.webhooks.results.notFound };
    revalidatePath(`/dashboard/${department.slug}/webhooks`);
    redirect(`/dashboard/${department.slug}/webhooks?deleted=1`);
  },
);
