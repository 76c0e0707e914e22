'use server';

import { headers } from 'next/headers';
import { logError } from '@/lib/log-error';
import { db } from '@/db/client';
import { isWebhookId } from '@/db/queries/webhooks';
import { FORBIDDEN, type ActionResult } from '@/lib/auth/action-result';
import { actorOf, guardDepartment } from '@/lib/auth/guard';
import { clientIpFrom } from '@/lib/client-ip';
import { revealCustomHeader } from '@/lib/webhooks/custom-headers';
import { NOT_FOUND, SERVER_ERROR, webhookIdFrom } from './webhook-form-data';

/**
 * Show one masked custom header value in clear (department admins), as for the signing secret:
 * every reveal is audited with the header's name. Fields: dept, webhookId, name. Called from
 * the edit form's header row.
 */
export async function revealWebhookHeaderAction(_prev: ActionResult<{ value: string }>, formData: FormData): Promise<ActionResult<{ value: string }>> {
  const g = await guardDepartment(formData.get('dept'), 'admin');
  if (!g) return FORBIDDEN;
  const webhookId = webhookIdFrom(formData);
  const raw = formData.get('name');
  const name = typeof raw === 'string' ? raw.trim() : '';
  if (!isWebhookId(webhookId) || name === '' || name.length > 100) return { status: 'error', error: 'notFound', message: NOT_FOUND };
  try {
    const ip = clientIpFrom(await headers());
    const r = await revealCustomHeader(db, g.department.id, webhookId, name, actorOf(g.viewer, ip));
    if (!r.ok) return { status: 'error', error: 'notFound', message: 'That header is no longer saved on this webhook: reload the page.' };
    return { status: 'ok', message: 'Value revealed. This was recorded in the audit log.', data: { value: r.value } };
  } catch (e) {
    logError('revealWebhookHeaderAction failed', e);
    return { status: 'error', error: 'server', message: SERVER_ERROR };
  }
}
