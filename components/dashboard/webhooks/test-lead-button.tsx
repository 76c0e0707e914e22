'use client';

import { sendTestLeadAction } from '@/app/actions/dashboard/webhooks/send-test-lead';
import { shortId } from '@/components/dashboard/deliveries/format';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { ManualSend } from './manual-send';

/** "Send test lead" (staff and admins, as ping): a made-up lead.created, then a link to its delivery. */
export function TestLeadButton({ dept, webhookId }: { dept: string; webhookId: string }) {
  const t = useStaffI18n().m.api.testLead;
  return (
    <ManualSend
      dept={dept}
      webhookId={webhookId}
      action={sendTestLeadAction}
      testId="test-lead"
      words={t}
      hint={
        <>
          {t.hintBefore}
          <code>lead.created</code>
          {t.hintMiddle}
          <code>&quot;test&quot;: true</code>
          {t.hintAnd}
          <code>X-Puente-Test</code>
          {t.hintAfter}
        </>
      }
      link={(id) => ({ href: `/dashboard/${dept}/deliveries/${id ?? ''}`, label: t.seeIt(shortId(id ?? '')), testId: 'test-lead-delivery' })}
    />
  );
}
