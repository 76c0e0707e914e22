'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/db/client';
import { departmentAction } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/auth/action-result';
import { sendPing } from '@/lib/webhooks/send-ping';
import { serverError, webhookIdParse } from './webhook-form-data';

/** Send a `ping` to a webhook (department staff or admins). Fields: dept, webhookId. */
export const sendPingAction = departmentAction(
  { name: 'sendPingAction', role: 'staff', parse: webhookIdParse, serverError },
  async ({ department, actor, m, input: { webhookId } }): Promise<ActionResult<{ deliveryId: string }>> => {
    const r = await sendPing(db, department.id, webhookId, actor);
    if (!r.ok && r.error === 'rateLimited') return { status: 'error', error: 'rateLimited', message: m.webhooks.results.rateLimited(r.retryAfterSeconds) };
    if (!r.ok) return { status: 'error', error: 'notFound', message: m.webhooks.results.notFound };
    revalidatePath(`/dashboard/${department.slug}/webhooks`);
    return { status: 'ok', message: m.webhooks.results.pingSent, data: { deliveryId: r.deliveryId } };
  },
);
