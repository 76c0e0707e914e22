'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/db/client';
import { departmentAction } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/auth/action-result';
import { replayMissingDeliveries } from '@/lib/webhooks/replay-missing';
import { NOT_FOUND, SERVER_ERROR, webhookIdParse } from './webhook-form-data';

/**
 * "Send them now" (department admins): every lead that arrived while the webhook was disabled
 * or inactive (its `skipped` deliveries) is queued once, oldest first. Fields: dept, webhookId.
 */
export const replayMissingAction = departmentAction(
  { name: 'replayMissingAction', role: 'admin', parse: webhookIdParse, serverError: SERVER_ERROR },
  async ({ department, actor, input: { webhookId } }): Promise<ActionResult<{ count: number }>> => {
    const r = await replayMissingDeliveries(db, department.id, webhookId, actor);
    if (!r.ok && r.error === 'disabled') {
      return { status: 'error', error: 'invalid', message: 'Enable this webhook first: a disabled or inactive webhook is not sent anything.' };
    }
    if (!r.ok) return { status: 'error', error: 'notFound', message: NOT_FOUND };
    const slug = department.slug;
    revalidatePath(`/dashboard/${slug}/webhooks`);
    revalidatePath(`/dashboard/${slug}/webhooks/${webhookId}`);
    revalidatePath(`/dashboard/${slug}/deliveries`);
    const n = r.count;
    return {
      status: 'ok',
      data: { count: n },
      message: n === 0 ? 'Nothing left to send: those leads were already queued.' : `${n} ${n === 1 ? 'delivery' : 'deliveries'} queued.`,
    };
  },
);
