'use server';

import { revalidatePath } from 'next/cache';
import { logError } from '@/lib/log-error';
import { headers } from 'next/headers';
import { db } from '@/db/client';
import { isWebhookId } from '@/db/queries/webhooks';
import { FORBIDDEN, type ActionResult } from '@/lib/auth/action-result';
import { actorOf, guardDepartment } from '@/lib/auth/guard';
import { clientIpFrom } from '@/lib/client-ip';
import { rotateWebhookSecret } from '@/lib/webhooks/webhook-secrets';
import { NOT_FOUND, SERVER_ERROR, webhookIdFrom } from './webhook-form-data';

export interface RotatedSecret {
  /** The new secret, shown this once. */
  secret: string;
  /** ISO time until which the previous secret still signs (24 h overlap). */
  previousValidUntil: string;
}

/** Rotate the signing secret (department admins). Fields: dept, webhookId. A new secret is generated. */
export async function rotateWebhookSecretAction(_prev: ActionResult<RotatedSecret>, formData: FormData): Promise<ActionResult<RotatedSecret>> {
  const g = await guardDepartment(formData.get('dept'), 'admin');
  if (!g) return FORBIDDEN;
  const webhookId = webhookIdFrom(formData);
  if (!isWebhookId(webhookId)) return { status: 'error', error: 'notFound', message: NOT_FOUND };
  try {
    const ip = clientIpFrom(await headers());
    const r = await rotateWebhookSecret(db, g.department.id, webhookId, actorOf(g.viewer, ip));
    if (!r.ok) return { status: 'error', error: 'notFound', message: NOT_FOUND };
    revalidatePath(`/dashboard/${g.department.slug}/webhooks/${webhookId}`);
    return { status: 'ok', message: 'Secret rotated.', data: { secret: r.secret, previousValidUntil: r.previousValidUntil.toISOString() } };
  } catch (e) {
    logError('rotateWebhookSecretAction failed', e);
    return { status: 'error', error: 'server', message: SERVER_ERROR };
  }
}
