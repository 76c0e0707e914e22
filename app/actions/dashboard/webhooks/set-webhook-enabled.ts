'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/db/client';
import { departmentAction } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/auth/action-result';
import { countMissingDeliveries } from '@/lib/webhooks/replay-missing';
import { setWebhookEnabled } from '@/lib/webhooks/update-webhook';
import { missingAfterEnable, NOT_FOUND, SERVER_ERROR, webhookIdParse } from './webhook-form-data';

/**
 * Enable or disable a webhook (department admins). Fields: dept, webhookId, enabled ('true' |
 * 'false'). Enabling also clears a disable-by-failure and resumes held deliveries, and says
 * how many leads arrived meanwhile (they can then be sent with replay-missing).
 */
export const setWebhookEnabledAction = departmentAction(
  { name: 'setWebhookEnabledAction', role: 'admin', parse: webhookIdParse, serverError: SERVER_ERROR },
  async ({ department, actor, input: { webhookId } }, formData): Promise<ActionResult> => {
    const enabled = formData.get('enabled');
    if (enabled !== 'true' && enabled !== 'false') return { status: 'error', error: 'invalid', message: 'Choose to enable or disable the webhook.' };
    const r = await setWebhookEnabled(db, department.id, webhookId, enabled === 'true', actor);
    if (!r.ok) return { status: 'error', error: 'notFound', message: NOT_FOUND };
    revalidatePath(`/dashboard/${department.slug}/webhooks`);
    revalidatePath(`/dashboard/${department.slug}/webhooks/${webhookId}`);
    if (enabled === 'false') return { status: 'ok', message: 'Webhook disabled. Leads that arrive while it is disabled are not sent to it; deliveries already under way wait until you enable it.' };
    const n = r.resumed;
    const missing = await countMissingDeliveries(db, webhookId);
    const resumed = n > 0 ? `Webhook enabled. ${n} held ${n === 1 ? 'delivery was' : 'deliveries were'} resumed.` : 'Webhook enabled.';
    return { status: 'ok', message: `${resumed}${missingAfterEnable(missing.count)}` };
  },
);
