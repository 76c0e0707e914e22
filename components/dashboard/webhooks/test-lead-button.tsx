'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { sendTestLeadAction } from '@/app/actions/dashboard/webhooks/send-test-lead';
import { shortId } from '@/components/dashboard/deliveries/format';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { buttonSecondary, textLink } from '@/components/ui/styles';
import { IDLE, type ActionResult } from '@/lib/auth/action-result';

/** "Send test lead" (staff and admins, as ping): a made-up lead.created, then a link to its delivery. */
export function TestLeadButton({ dept, webhookId }: { dept: string; webhookId: string }) {
  const [state, action, pending] = useActionState(sendTestLeadAction, IDLE as ActionResult<{ deliveryId: string }>);
  const t = useStaffI18n().m.api.testLead;
  return (
    <form action={action} className="space-y-2" data-testid="test-lead-form">
      <input type="hidden" name="dept" value={dept} />
      <input type="hidden" name="webhookId" value={webhookId} />
      <p className="text-sm text-slate-700">
        {t.hintBefore}
        <code>lead.created</code>
        {t.hintMiddle}
        <code>&quot;test&quot;: true</code>
        {t.hintAnd}
        <code>X-Puente-Test</code>
        {t.hintAfter}
      </p>
      <button type="submit" className={buttonSecondary} disabled={pending} data-testid="send-test-lead">
        {pending ? t.sending : t.send}
      </button>
      <p role="status" className={`text-sm ${state.status === 'error' ? 'font-semibold text-red-800' : 'text-green-900'}`} data-testid="test-lead-result">
        {state.status === 'ok' && state.data ? (
          <>
            {state.message}{' '}
            <Link href={`/dashboard/${dept}/deliveries/${state.data.deliveryId}`} className={textLink} data-testid="test-lead-delivery">
              {t.seeIt(shortId(state.data.deliveryId))}
            </Link>
          </>
        ) : state.status === 'error' ? (
          state.message
        ) : (
          ''
        )}
      </p>
    </form>
  );
}
