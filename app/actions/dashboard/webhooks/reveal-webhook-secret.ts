'use server';

import { headers } from 'next/headers';
import { logError } from '@/lib/log-error';
import { db } from '@/db/client';
import { isWebhookId } from '@/db/queries/webhooks';
import { FORBIDDEN, type ActionResult } from '@/lib/auth/action-result';
import { actorOf, guardDepartment } from '@/lib/auth/guard';
import { clientIpFrom } from '@/lib/client-ip';
import { revealWebhookSecret } from '@/lib/webhooks/webhook-secrets';
import { NOT_FOUND, SERVER_ERROR, webhookIdFrom } from './webhook-form-data';

/** Show the full signing secret (department admins); every reveal is audited. Fields: dept, webhookId. */
export async function revealWebhookSecretAction(_prev: ActionResult<{ secret: string }>, formData: FormData): Promise<ActionResult<{ secret: string }>> {
  const g = await guardDepartment(formData.get('dept'), 'admin');
  if (!g) return FORBIDDEN;
  const webhookId = webhookIdFrom(formData);
  if (!isWebhookId(webhookId)) return { status: 'error', error: 'notFound', message: NOT_FOUND };
  try {
    const ip = clientIpFrom(await headers());
    const r = await revealWebhookSecret(db, g.department.id, webhookId, actorOf(g.viewer, ip));
    if (!r.ok) return { status: 'error', error: 'notFound', message: NOT_FOUND };
    return { status: 'ok', message: 'Secret revealed. This was recorded in the audit log.', data: { secret: r.secret } };
  } catch (e) {
    logError('revealWebhookSecretAction failed', e);
    return { status: 'error', error: 'server', message: SERVER_ERROR };
  }
}
