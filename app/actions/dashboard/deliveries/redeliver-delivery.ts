'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { z } from 'zod';
import { db } from '@/db/client';
import { FORBIDDEN, type ActionResult } from '@/lib/auth/action-result';
import { actorOf, guardDepartment } from '@/lib/auth/guard';
import { clientIpFrom } from '@/lib/client-ip';
import { redeliverDelivery } from '@/lib/webhooks/redeliver';

const input = z.object({
  deliveryId: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'invalidDelivery'),
});

/** Redeliver: one more attempt of this delivery now, under the same webhook-id. Staff and admins. */
export async function redeliverDeliveryAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const g = await guardDepartment(formData.get('dept'), 'staff');
  if (!g) return FORBIDDEN;
  const parsed = input.safeParse({ deliveryId: formData.get('deliveryId') });
  if (!parsed.success) return { status: 'error', error: 'invalid', message: 'That is not a delivery id.' };
  const deliveryId = parsed.data.deliveryId.toLowerCase();
  const ip = clientIpFrom(await headers());
  const r = await redeliverDelivery(db, g.department.id, deliveryId, actorOf(g.viewer, ip));
  if (!r.ok && r.error === 'purged') {
    return { status: 'error', error: 'invalid', message: 'This delivery can no longer be redelivered: its data was removed under the retention policy.' };
  }
  if (!r.ok && r.error === 'rateLimited') {
    return {
      status: 'error',
      error: 'rateLimited',
      message: `Too many manual sends to this webhook in a short time. Try again in ${r.retryAfterSeconds} s.`,
    };
  }
  if (!r.ok && r.error === 'inFlight') {
    return {
      status: 'error',
      error: 'conflict',
      message: 'This delivery is being attempted at this moment. Its result appears in the timeline shortly; redeliver after that if you still need to.',
    };
  }
  if (!r.ok) return { status: 'error', error: 'notFound', message: 'This delivery does not exist.' };
  revalidatePath(`/dashboard/${g.department.slug}/deliveries`);
  revalidatePath(`/dashboard/${g.department.slug}/deliveries/${deliveryId}`);
  return { status: 'ok', message: 'Redelivery queued. The new attempt appears in the timeline in a moment.' };
}
