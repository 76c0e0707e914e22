'use server';

import { db } from '@/db/client';
import { departmentAction } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/auth/action-result';
import { revealWebhookSecret } from '@/lib/webhooks/webhook-secrets';
import { NOT_FOUND, SERVER_ERROR, webhookIdParse } from './webhook-form-data';

/** Show the full signing secret (department admins); every reveal is audited. Fields: dept, webhookId. */
export const revealWebhookSecretAction = departmentAction(
  { name: 'revealWebhookSecretAction', role: 'admin', parse: webhookIdParse, serverError: SERVER_ERROR },
  async ({ department, actor, input: { webhookId } }): Promise<ActionResult<{ secret: string }>> => {
    const r = await revealWebhookSecret(db, department.id, webhookId, actor);
    if (!r.ok) return { status: 'error', error: 'notFound', message: NOT_FOUND };
    return { status: 'ok', message: 'Secret revealed. This was recorded in the audit log.', data: { secret: r.secret } };
  },
);
