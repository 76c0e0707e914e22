'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { sendPingAction } from '@/app/actions/dashboard/webhooks/send-ping';
import { buttonSecondary, textLink } from '@/components/ui/styles';
import { IDLE, type ActionResult } from '@/lib/auth/action-result';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';

/** "Send ping" (staff and admins): a test delivery, then a link to watch it arrive. */
export function PingButton({ dept, webhookId }: { dept: string; webhookId: string }) {
  const [state, action, pending] = useActionState(sendPingAction, IDLE as ActionResult<{ deliveryId: string }>);
  const t = useStaffI18n().m.webhooks.ping;
  return (
    <form action={action} className="space-y-2" data-testid="ping-form">
      <input type="hidden" name="dept" value={dept} />
      <input type="hidden" name="webhookId" value={webhookId} />
      <button type="submit" className={buttonSecondary} disabled={pending} data-testid="send-ping">
        {pending ? t.sending : t.send}
      </button>
      <p role="status" className={`text-sm ${state.status === 'error' ? 'font-semibold text-red-800' : 'text-green-900'}`} data-testid="ping-result">
        {state.status === 'ok' ? (
          <>
            {state.message}{' '}
            <Link href={`/dashboard/${dept}/deliveries?webhook=${webhookId}`} className={textLink}>
              {t.seeIt}
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
