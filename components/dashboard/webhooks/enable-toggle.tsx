'use client';

import { useActionState } from 'react';
import { setWebhookEnabledAction } from '@/app/actions/dashboard/webhooks/set-webhook-enabled';
import { buttonSecondary } from '@/components/ui/styles';
import { IDLE, type ActionResult } from '@/lib/auth/action-result';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';

/** Disables an active webhook, enables an inactive or failure-disabled one (admins). */
export function EnableToggle({ dept, webhookId, enabled }: { dept: string; webhookId: string; enabled: boolean }) {
  const [state, action, pending] = useActionState(setWebhookEnabledAction, IDLE as ActionResult);
  const t = useStaffI18n().m.webhooks.enable;
  return (
    <form action={action} className="space-y-2" data-testid="enable-form">
      <input type="hidden" name="dept" value={dept} />
      <input type="hidden" name="webhookId" value={webhookId} />
      <input type="hidden" name="enabled" value={enabled ? 'false' : 'true'} />
      <button type="submit" className={buttonSecondary} disabled={pending} data-testid={enabled ? 'disable-webhook' : 'enable-webhook'}>
        {pending ? (enabled ? t.disabling : t.enabling) : enabled ? t.disable : t.enable}
      </button>
      <p role="status" className={`text-sm ${state.status === 'error' ? 'font-semibold text-red-800' : 'text-green-900'}`} data-testid="enable-result">
        {state.status === 'idle' ? '' : state.message}
      </p>
    </form>
  );
}
