'use server';

import { revalidatePath } from 'next/cache';
import { logError } from '@/lib/log-error';
import { headers } from 'next/headers';
import { z } from 'zod';
import { db } from '@/db/client';
import { isWebhookId } from '@/db/queries/webhooks';
import { FORBIDDEN, type ActionResult } from '@/lib/auth/action-result';
import { actorOf, guardDepartment } from '@/lib/auth/guard';
import { clientIpFrom } from '@/lib/client-ip';
import { replayMissingDeliveries } from '@/lib/webhooks/replay-missing';
import { NOT_FOUND, SERVER_ERROR } from './webhook-form-data';

const input = z.object({
  webhookId: z
    .string()
    .trim()
    .toLowerCase()
    .refine((v) => isWebhookId(v), 'invalidWebhook'),
});

/**
 * "Send them now" (department admins): every lead that arrived while the webhook was disabled
 * or inactive (its `skipped` deliveries) is queued once, oldest first. Fields: dept, webhookId.
 */
export async function replayMissingAction(_prev: ActionResult<{ count: number }>, formData: FormData): Promise<ActionResult<{ count: number }>> {
  const g = await guardDepartment(formData.get('dept'), 'admin');
  if (!g) return FORBIDDEN;
  const parsed = input.safeParse({ webhookId: formData.get('webhookId') ?? '' });
  if (!parsed.success) return { status: 'error', error: 'notFound', message: NOT_FOUND };
  const webhookId = parsed.data.webhookId;
  try {
    const ip = clientIpFrom(await headers());
    const r = await replayMissingDeliveries(db, g.department.id, webhookId, actorOf(g.viewer, ip));
    if (!r.ok && r.error === 'disabled') {
      return { status: 'error', error: 'invalid', message: 'Enable this webhook first: a disabled or inactive webhook is not sent anything.' };
    }
    if (!r.ok) return { status: 'error', error: 'notFound', message: NOT_FOUND };
    const slug = g.department.slug;
    revalidatePath(`/dashboard/${slug}/webhooks`);
    revalidatePath(`/dashboard/${slug}/webhooks/${webhookId}`);
    revalidatePath(`/dashboard/${slug}/deliveries`);
    const n = r.count;
    return {
      status: 'ok',
      data: { count: n },
      message: n === 0 ? 'Nothing left to send: those leads were already queued.' : `${n} ${n === 1 ? 'delivery' : 'deliveries'} queued.`,
    };
  } catch (e) {
    logError('replayMissingAction failed', e);
    return { status: 'error', error: 'server', message: SERVER_ERROR };
  }
}
