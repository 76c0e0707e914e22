'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { db } from '@/db/client';
import { departmentAction } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/auth/action-result';
import { deleteWebhook } from '@/lib/webhooks/update-webhook';
import { NOT_FOUND, SERVER_ERROR, webhookIdParse } from './webhook-form-data';

/**
 * Delete a webhook and its delivery log (department admins). Fields: dept, webhookId, confirm
 * (must be the word DELETE). On success it redirects to the list with ?deleted=1.
 */
export const deleteWebhookAction = departmentAction(
  { name: 'deleteWebhookAction', role: 'admin', parse: webhookIdParse, serverError: SERVER_ERROR },
  async ({ department, actor, input }, formData): Promise<ActionResult> => {
    const confirm = formData.get('confirm');
    if (typeof confirm !== 'string' || confirm.trim() !== 'DELETE') {
      return { status: 'error', error: 'invalid', message: 'Type DELETE to confirm.', fieldErrors: { confirm: 'Type the word DELETE in capital letters to confirm.' } };
    }
    const r = await deleteWebhook(db, department.id, input.webhookId, actor);
    if (!r.ok) return { status: 'error', error: 'notFound', message: NOT_FOUND };
    revalidatePath(`/dashboard/${department.slug}/webhooks`);
    redirect(`/dashboard/${department.slug}/webhooks?deleted=1`);
  },
);
