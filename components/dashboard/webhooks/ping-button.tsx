'use client';

import { sendPingAction } from '@/app/actions/dashboard/webhooks/send-ping';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { ManualSend } from './manual-send';

/** "Send ping" (staff and admins): a test delivery, then a link to watch it arrive. */
export function PingButton({ dept, webhookId }: { dept: string; webhookId: string }) {
  const t = useStaffI18n().m.webhooks.ping;
  return (
    <ManualSend
      dept={dept}
      webhookId={webhookId}
      action={sendPingAction}
      testId="ping"
      words={t}
      link={() => ({ href: `/dashboard/${dept}/deliveries?webhook=${webhookId}`, label: t.seeIt })}
    />
  );
}
