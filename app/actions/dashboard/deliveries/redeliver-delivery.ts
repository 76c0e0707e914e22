'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/db/client';
import { departmentAction } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/auth/action-result';
import { staffMessages } from '@/lib/i18n/staff';
import { redeliverDelivery } from '@/lib/webhooks/redeliver';

const schema = z.object({
  deliveryId: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'invalidDelivery'),
});

/** Redeliver: one more attempt of this delivery now, under the same webhook-id. Staff and admins. */
export const redeliverDeliveryAction = departmentAction(
  {
    name: 'redeliverDeliveryAction',
    role: 'staff',
    parse: {
      schema,
      input: (formData) => ({ deliveryId: formData.get('deliveryId') }),
      invalid: (_error, locale) => ({ status: 'error', error: 'invalid', message: staffMessages(locale).deliveries.results.notADelivery }),
    },
  },
  async ({ department, actor, m, input }): Promise<ActionResult> => {
    const t = m.deliveries.results;
    const deliveryId = input.deliveryId.toLowerCase();
    const r = await redeliverDelivery(db, department.id, deliveryId, actor);
    if (!r.ok && r.error === 'purged') return { status: 'error', error: 'invalid', message: t.purged };
    if (!r.ok && r.error === 'rateLimited') return { status: 'error', error: 'rateLimited', message: t.rateLimited(r.retryAfterSeconds) };
    if (!r.ok && r.error === 'inFlight') return { status: 'error', error: 'conflict', message: t.inFlight };
    if (!r.ok) return { status: 'error', error: 'notFound', message: t.notFound };
    revalidatePath(`/dashboard/${department.slug}/deliveries`);
    revalidatePath(`/dashboard/${department.slug}/deliveries/${deliveryId}`);
    return { status: 'ok', message: t.queued };
  },
);
