'use server';

import { db } from '@/db/client';
import { departmentAction } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/auth/action-result';
import { revealCustomHeader } from '@/lib/webhooks/custom-headers';
import { serverError, webhookIdParse } from './webhook-form-data';

/**
 * Show one masked custom header value in clear (department admins), as for the signing secret:
 * every reveal is audited with the header's name. Fields: dept, webhookId, name. Called from
 * the edit form's header row.
 */
export const revealWebhookHeaderAction = departmentAction(
  { name: 'revealWebhookHeaderAction', role: 'admin', parse: webhookIdParse, serverError },
  async ({ department, actor, m, input: { webhookId } }, formData): Promise<ActionResult<{ value: string }>> => {
    const raw = formData.get('name');
    const name = typeof raw === 'string' ? raw.trim() : '';
    if (name === '' || name.length > 100) return { status: 'error', error: 'notFound', message: m.webhooks.results.notFound };
    const r = await revealCustomHeader(db, department.id, webhookId, name, actor);
    if (!r.ok) return { status: 'error', error: 'notFound', message: m.webhooks.results.headerGone };
    return { status: 'ok', message: m.webhooks.results.valueRevealed, data: { value: r.value } };
  },
);
