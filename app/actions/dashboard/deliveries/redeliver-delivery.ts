'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/db/client';
import { departmentAction } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/auth/action-result';
import { redeliverDelivery } from '@/lib/webhooks/redeliver';

const schema = z.object({
  deliveryId: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'invalidDelivery'),
});

/** Redeliver: one more attempt of this delivery now, under the same webhook-id. Staff and admins. */
export const redeliverDeliveryAction = departmentAction(
  {
    name: 'redeliverDeliveryAction',
    role: 'staff',
    parse: { schema, input: (formData) => ({ deliveryId: formData.get('deliveryId') }), invalid: () => ({ status: 'error', error: 'invalid', message: 'That is not a delivery id.' }) },
  },
  async ({ department, actor, input }): Promise<ActionResult> => {
    const deliveryId = input.deliveryId.toLowerCase();
    const r = await redeliverDelivery(db, department.id, deliveryId, actor);
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
    revalidatePath(`/dashboard/${department.slug}/deliveries`);
    revalidatePath(`/dashboard/${department.slug}/deliveries/${deliveryId}`);
    return { status: 'ok', message: 'Redelivery queued. The new attempt appears in the timeline in a moment.' };
  },
);
