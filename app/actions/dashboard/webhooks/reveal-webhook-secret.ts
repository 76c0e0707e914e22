'use server';

import { db } from '@/db/client';
import { departmentAction } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/auth/action-result';
import { revealWebhookSecret } from '@/lib/webhooks/webhook-secrets';
import { serverError, webhookIdParse } from './webhook-form-data';

/** Show the full signing secret (department admins); every reveal is audited. Fields: dept, webhookId. */
export const revealWebhookSecretAction = departmentAction(
  { name: 'revealWebhookSecretAction', role: 'admin', parse: webhookIdParse, serverError },
  async ({ department, actor, m, input: { webhookId } }): Promise<ActionResult<{ secret: string }>> => {
    const r = await revealWebhookSecret(db, department.id, webhookId, actor);
    if (!r.ok) return { status: 'error', error: 'notFound', message: m.webhooks.results.notFound };
    return { status: 'ok', message: m.webhooks.results.secretRevealed, data: { secret: r.secret } };
  },
);
