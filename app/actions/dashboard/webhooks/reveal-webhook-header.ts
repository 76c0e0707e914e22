'use server';

import { db } from '@/db/client';
import { departmentAction } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/auth/action-result';
import { revealCustomHeader } from '@/lib/webhooks/custom-headers';
import { NOT_FOUND, SERVER_ERROR, webhookIdParse } from './webhook-form-data';

/**
 * Show one masked custom header value in clear (department admins), as for the signing secret:
 * every reveal is audited with the header's name. Fields: dept, webhookId, name. Called from
 * the edit form's header row.
 */
export const revealWebhookHeaderAction = departmentAction(
  { name: 'revealWebhookHeaderAction', role: 'admin', parse: webhookIdParse, serverError: SERVER_ERROR },
  async ({ department, actor, input: { webhookId } }, formData): Promise<ActionResult<{ value: string }>> => {
    const raw = formData.get('name');
    const name = typeof raw === 'string' ? raw.trim() : '';
    if (name === '' || name.length > 100) return { status: 'error', error: 'notFound', message: NOT_FOUND };
    const r = await revealCustomHeader(db, department.id, webhookId, name, actor);
    if (!r.ok) return { status: 'error', error: 'notFound', message: 'That header is no longer saved on this webhook: reload the page.' };
    return { status: 'ok', message: 'Value revealed. This was recorded in the audit log.', data: { value: r.value } };
  },
);
