'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/db/client';
import { departmentAction } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/auth/action-result';
import { countMissingDeliveries } from '@/lib/webhooks/replay-missing';
import { setWebhookEnabled } from '@/lib/webhooks/update-webhook';
import { missingAfterEnable, serverError, webhookIdParse } from './webhook-form-data';

/**
 * Enable or disable a webhook (department admins). Fields: dept, webhookId, enabled ('true' |
 * 'false'). Enabling also clears a disable-by-failure and resumes held deliveries, and says
 * how many leads arrived meanwhile (they can then be sent with replay-missing).
 */
export const setWebhookEnabledAction = departmentAction(
  { name: 'setWebhookEnabledAction', role: 'admin', parse: webhookIdParse, serverError },
  async ({ department, actor, m, input: { webhookId } }, formData): Promise<ActionResult> => {
    const t = m.webhooks.results;
    const enabled = formData.get('enabled');
    if (enabled !== 'true' && enabled !== 'false') return { status: 'error', error: 'invalid', message: t.chooseEnable };
    const r = await setWebhookEnabled(db, department.id, webhookId, enabled === 'true', actor);
    if (!r.ok) return { status: 'error', error: 'notFound', message: t.notFound };
    revalidatePath(`/dashboard/${department.slug}/webhooks`);
    revalidatePath(`/dashboard/${department.slug}/webhooks/${webhookId}`);
    if (enabled === 'false') return { status: 'ok', message: t.disabled };
    const n = r.resumed;
    const missing = await countMissingDeliveries(db, webhookId);
    const resumed = n > 0 ? `${t.enabled} ${t.resumed(n)}` : t.enabled;
    return { status: 'ok', message: `${resumed}${missingAfterEnable(missing.count, m)}` };
  },
);
