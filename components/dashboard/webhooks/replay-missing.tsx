'use client';

import { useActionState } from 'react';
import { replayMissingAction } from '@/app/actions/dashboard/webhooks/replay-missing';
import { buttonPrimary } from '@/components/ui/styles';
import { IDLE, type ActionResult } from '@/lib/auth/action-result';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { leadsWhileDisabled, type MissingInfo } from './missing';

/**
 * Replay missing: the leads that arrived while the webhook was disabled or inactive were not
 * sent (their deliveries are `skipped`). Once it is enabled again, admins can send them, each
 * once. Shown only then (`missing` null otherwise); it stays mounted to say how it went.
 */
export function ReplayMissing({ dept, webhookId, missing, canManage }: { dept: string; webhookId: string; missing: MissingInfo | null; canManage: boolean }) {
  const [state, action, pending] = useActionState(replayMissingAction, IDLE as ActionResult<{ count: number }>);
  const { m } = useStaffI18n();
  const t = m.webhooks.replay;
  return (
    <div data-testid="replay-missing">
      {missing && missing.count > 0 ? (
        <section aria-labelledby="replay-missing-title" className="space-y-2 rounded-lg border-4 border-brand-700 bg-brand-50 p-4" data-testid="replay-missing-offer">
          <h2 id="replay-missing-title" className="text-lg font-bold text-brand-900">
            {t.title}
          </h2>
          <p className="text-slate-900" data-testid="replay-missing-count" data-count={missing.count}>
            {leadsWhileDisabled(missing, m)} {canManage ? t.canSend : t.adminCanSend}
          </p>
          {canManage ? (
            <form action={action}>
              <input type="hidden" name="dept" value={dept} />
              <input type="hidden" name="webhookId" value={webhookId} />
              <button type="submit" className={buttonPrimary} disabled={pending} data-testid="replay-missing-submit">
                {pending ? t.sending : t.submit}
              </button>
            </form>
          ) : null}
        </section>
      ) : null}
      <p
        role="status"
        className={state.status === 'error' ? 'font-semibold text-red-800' : 'font-semibold text-green-900'}
        data-testid="replay-missing-result"
        data-result={state.status}
      >
        {state.status === 'idle' ? '' : state.message}
      </p>
    </div>
  );
}
