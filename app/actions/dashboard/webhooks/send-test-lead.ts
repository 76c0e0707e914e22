'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/db/client';
import { departmentAction } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/auth/action-result';
import { sendTestLead } from '@/lib/webhooks/send-test-lead';
import { serverError, webhookIdParse } from './webhook-form-data';

/** "Send test lead": a made-up lead.created to one webhook (department staff or admins, as ping). Fields: dept, webhookId. */
export const sendTestLeadAction = departmentAction(
  { name: 'sendTestLeadAction', role: 'staff', parse: webhookIdParse, serverError },
  async ({ department, actor, m, input: { webhookId } }): Promise<ActionResult<{ deliveryId: string }>> => {
    const r = await sendTestLead(db, department.id, webhookId, actor);
    if (!r.ok && r.error === 'rateLimited') return { status: 'error', error: 'rateLimited', message: m.webhooks.results.rateLimited(r.retryAfterSeconds) };
    if (!r.ok && r.error === 'notSubscribed') return { status: 'error', error: 'invalid', message: m.api.testLead.notSubscribed };
    if (!r.ok) return { status: 'error', error: 'notFound', message: m.webhooks.results.notFound };
    revalidatePath(`/dashboard/${department.slug}/webhooks`);
    return { status: 'ok', message: m.api.testLead.queued, data: { deliveryId: r.deliveryId } };
  },
);
