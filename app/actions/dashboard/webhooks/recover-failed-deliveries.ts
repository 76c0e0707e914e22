'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/db/client';
import { departmentAction } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/auth/action-result';
import { recoverFailedDeliveries } from '@/lib/webhooks/redeliver';
import { parseLocalDateTime } from '@/lib/time';
import { NOT_FOUND, SERVER_ERROR, webhookIdParse } from './webhook-form-data';

/**
 * One more attempt for every failed delivery of a webhook created since a time (department
 * admins). Fields: dept, webhookId, since (datetime-local, Puerto Rico time).
 */
export const recoverFailedDeliveriesAction = departmentAction(
  { name: 'recoverFailedDeliveriesAction', role: 'admin', parse: webhookIdParse, serverError: SERVER_ERROR },
  async ({ department, actor, input: { webhookId } }, formData): Promise<ActionResult<{ count: number }>> => {
    const raw = formData.get('since');
    const since = typeof raw === 'string' ? parseLocalDateTime(raw) : null;
    if (!since) return { status: 'error', error: 'invalid', message: 'Check the date.', fieldErrors: { since: 'Enter a date and time, e.g. 2026-05-01 09:00.' } };
    if (since.getTime() > Date.now()) return { status: 'error', error: 'invalid', message: 'Check the date.', fieldErrors: { since: 'Choose a time in the past.' } };
    const r = await recoverFailedDeliveries(db, department.id, webhookId, since, actor);
    if (!r.ok) return { status: 'error', error: 'notFound', message: NOT_FOUND };
    revalidatePath(`/dashboard/${department.slug}/webhooks`);
    const n = r.count;
    return {
      status: 'ok',
      data: { count: n },
      message: n === 0 ? 'No failed deliveries since then: nothing to recover.' : `Re-queued ${n} failed ${n === 1 ? 'delivery' : 'deliveries'} for one more attempt.`,
    };
  },
);
