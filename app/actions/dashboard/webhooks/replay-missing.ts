'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/db/client';
import { departmentAction } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/auth/action-result';
import { replayMissingDeliveries } from '@/lib/webhooks/replay-missing';
import { serverError, webhookIdParse } from './webhook-form-data';

/**
 * Replay missing (department admins): every lead that arrived while the webhook was disabled
 * or inactive (its `skipped` deliveries) is queued once, oldest first. Fields: dept, webhookId.
 */
export const replayMissingAction = departmentAction(
  { name: 'replayMissingAction', role: 'admin', parse: webhookIdParse, serverError },
  async ({ department, actor, m, input: { webhookId } }): Promise<ActionResult<{ count: number }>> => {
    const r = await replayMissingDeliveries(db, department.id, webhookId, actor);
    const t = m.webhooks.results;
    if (!r.ok && r.error === 'disabled') return { status: 'error', error: 'invalid', message: t.enableFirst };
    if (!r.ok) return { status: 'error', error: 'notFound', message: t.notFound };
    const slug = department.slug;
    revalidatePath(`/dashboard/${slug}/webhooks`);
    revalidatePath(`/dashboard/${slug}/webhooks/${webhookId}`);
    revalidatePath(`/dashboard/${slug}/deliveries`);
    const n = r.count;
    return {
      status: 'ok',
      data: { count: n },
      message: n === 0 ? t.nothingLeft : t.queued(n),
    };
  },
);
