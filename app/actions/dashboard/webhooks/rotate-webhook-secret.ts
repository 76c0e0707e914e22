'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/db/client';
import { departmentAction } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/auth/action-result';
import { rotateWebhookSecret } from '@/lib/webhooks/webhook-secrets';
import { serverError, webhookIdParse } from './webhook-form-data';

export interface RotatedSecret {
  /** The new secret, shown this once. */
  secret: string;
  /** ISO time until which the previous secret still signs (24 h overlap). */
  previousValidUntil: string;
}

/** Rotate the signing secret (department admins). Fields: dept, webhookId. A new secret is generated. */
export const rotateWebhookSecretAction = departmentAction(
  { name: 'rotateWebhookSecretAction', role: 'admin', parse: webhookIdParse, serverError },
  async ({ department, actor, m, input: { webhookId } }): Promise<ActionResult<RotatedSecret>> => {
    const r = await rotateWebhookSecret(db, department.id, webhookId, actor);
    if (!r.ok) return { status: 'error', error: 'notFound', message: m.webhooks.results.notFound };
    revalidatePath(`/dashboard/${department.slug}/webhooks/${webhookId}`);
    return { status: 'ok', message: m.webhooks.results.rotated, data: { secret: r.secret, previousValidUntil: r.previousValidUntil.toISOString() } };
  },
);
