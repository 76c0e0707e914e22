'use client';

import { useActionState } from 'react';
import { reenableAndRecoverAction } from '@/app/actions/dashboard/webhooks/reenable-and-recover';
import { buttonPrimary } from '@/components/ui/styles';
import { IDLE, type ActionResult } from '@/lib/auth/action-result';
import { formatDateTime } from '@/lib/time';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { disabledReason } from '@/lib/delivery/stored-notes';
import { leadsWhileDisabled, type MissingInfo } from './missing';

export interface DisabledInfo {
  reason: string | null;
  disabledAt: string;
  /** Where "recover" starts: failingSince, or a day before disabledAt. */
  recoverSince: string;
}

/**
 * The banner of a webhook disabled after failures, with one click to re-enable it and re-queue
 * what failed (admins). It stays mounted once the webhook is enabled again, to say how it went.
 */
export function FailureRecovery({
  dept,
  webhookId,
  disabled,
  canManage,
  missing = null,
}: {
  dept: string;
  webhookId: string;
  disabled: DisabledInfo | null;
  canManage: boolean;
  /** Leads that arrived while it was disabled (skipped deliveries): offered for sending once it is enabled. */
  missing?: MissingInfo | null;
}) {
  const [state, action, pending] = useActionState(reenableAndRecoverAction, IDLE as ActionResult<{ count: number }>);
  const { m } = useStaffI18n();
  const t = m.webhooks.disabled;
  return (
    <div data-testid="failure-recovery">
      {disabled ? (
        <section aria-labelledby="disabled-banner-title" className="space-y-2 rounded-lg border-4 border-red-700 bg-red-50 p-4" data-testid="disabled-banner">
          <h2 id="disabled-banner-title" className="flex items-center gap-2 text-lg font-bold text-red-900">
            <svg viewBox="0 0 16 16" width="20" height="20" aria-hidden="true" focusable="false">
              <path d="M8 1.5l7 13H1z" fill="currentColor" />
              <path d="M8 6v4M8 12v.3" stroke="white" strokeWidth="1.8" strokeLinecap="round" />
            </svg>
            {t.title}
          </h2>
          <p className="text-red-950">
            <span className="font-semibold">{t.why}</span>{' '}
            <span data-testid="disabled-reason">{disabled.reason ? disabledReason(disabled.reason, m) : t.defaultReason}</span>
          </p>
          <p className="text-red-950">
            <span className="font-semibold">{t.since}</span> <time dateTime={disabled.disabledAt}>{formatDateTime(disabled.disabledAt)}</time>. {t.notSent}
          </p>
          {missing && missing.count > 0 ? (
            <p className="text-red-950" data-testid="disabled-missing">
              {leadsWhileDisabled(missing, m)} {canManage ? t.missingAdmin : t.missingStaff}
            </p>
          ) : null}
          {canManage ? (
            <form action={action}>
              <input type="hidden" name="dept" value={dept} />
              <input type="hidden" name="webhookId" value={webhookId} />
              <button type="submit" className={buttonPrimary} disabled={pending} data-testid="reenable-and-recover">
                {pending ? t.reenabling : t.reenable(formatDateTime(disabled.recoverSince))}
              </button>
            </form>
          ) : (
            <p className="text-sm text-red-950">{t.staffHint}</p>
          )}
        </section>
      ) : null}
      <p role="status" className={state.status === 'error' ? 'font-semibold text-red-800' : 'font-semibold text-green-900'} data-testid="reenable-result">
        {state.status === 'idle' ? '' : state.message}
      </p>
    </div>
  );
}
