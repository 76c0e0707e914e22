'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/db/client';
import { departmentAction } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/auth/action-result';
import { sendPing } from '@/lib/webhooks/send-ping';
import { NOT_FOUND, SERVER_ERROR, webhookIdParse } from './webhook-form-data';

/** Send a `ping` to a webhook (department staff or admins). Fields: dept, webhookId. */
export const sendPingAction = departmentAction(
  { name: 'sendPingAction', role: 'staff', parse: webhookIdParse, serverError: SERVER_ERROR },
  async ({ department, actor, input: { webhookId } }): Promise<ActionResult<{ deliveryId: string }>> => {
    const r = await sendPing(db, department.id, webhookId, actor);
    if (!r.ok && r.error === 'rateLimited') {
      return {
        status: 'error',
        error: 'rateLimited',
        message: `Too many manual sends to this webhook in a short time. Try again in ${r.retryAfterSeconds} s.`,
      };
    }
    if (!r.ok) return { status: 'error', error: 'notFound', message: NOT_FOUND };
    revalidatePath(`/dashboard/${department.slug}/webhooks`);
    return { status: 'ok', message: 'A ping was sent.', data: { deliveryId: r.deliveryId } };
  },
);
