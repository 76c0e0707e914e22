'use client';

import { useActionState } from 'react';
import { removeAllowlistEntryAction } from '@/app/actions/admin/allowlist/remove-allowlist-entry';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { buttonSecondary } from '@/components/ui/styles';
import { IDLE, type ActionResult } from '@/lib/auth/action-result';

/** "Remove…" asks first in a modal dialog; an error closes it and is shown under the button. */
export function RemoveAllowlistEntry({ id, cidr }: { id: string; cidr: string }) {
  const [state, action, pending] = useActionState(removeAllowlistEntryAction, IDLE as ActionResult);
  const { m } = useStaffI18n();
  const t = m.admin.allowlist.remove;
  return (
    <div>
      <ConfirmDialog
        openLabel={
          <>
            {t.open}
            <span className="sr-only"> {cidr}</span>…
          </>
        }
        openClassName={`${buttonSecondary} px-3 py-1.5 text-sm`}
        openTestId="allowlist-remove-open"
        title={
          <>
            {t.titleBefore}
            <span className="font-mono">{cidr}</span>
            {t.titleAfter}
          </>
        }
        description={t.description}
        action={action}
        pending={pending}
        confirmLabel={t.confirm}
        busyLabel={t.busy}
        cancelLabel={m.common.kit.cancel}
        closeOn={state}
        testId="allowlist-remove-dialog"
        confirmTestId="allowlist-remove-confirm"
      >
        <input type="hidden" name="id" value={id} />
      </ConfirmDialog>
      {state.status === 'error' ? (
        <p role="alert" className="mt-2 font-semibold text-red-800">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
