'use client';

import { useActionState } from 'react';
import { removeAllowlistEntryAction } from '@/app/actions/admin/allowlist/remove-allowlist-entry';
import { KIT_TEXTS } from '@/components/dashboard/kit-texts';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { buttonSecondary } from '@/components/ui/styles';
import { IDLE, type ActionResult } from '@/lib/auth/action-result';

/** "Remove…" asks first in a modal dialog; an error closes it and is shown under the button. */
export function RemoveAllowlistEntry({ id, cidr }: { id: string; cidr: string }) {
  const [state, action, pending] = useActionState(removeAllowlistEntryAction, IDLE as ActionResult);
  return (
    <div>
      <ConfirmDialog
        openLabel={
          <>
            Remove<span className="sr-only"> {cidr}</span>…
          </>
        }
        openClassName={`${buttonSecondary} px-3 py-1.5 text-sm`}
        openTestId="allowlist-remove-open"
        title={
          <>
            Remove <span className="font-mono">{cidr}</span>?
          </>
        }
        description="Webhooks stop reaching addresses in this range within 15 seconds; deliveries to them are then blocked and retried on the usual schedule."
        action={action}
        pending={pending}
        confirmLabel="Remove"
        busyLabel="Removing…"
        cancelLabel={KIT_TEXTS.cancel}
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
