'use client';

import { useActionState } from 'react';
import { revokeApiTokenAction } from '@/app/actions/dashboard/api-tokens/revoke-api-token';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { IDLE, type ActionResult } from '@/lib/auth/action-result';

const small =
  'inline-flex items-center rounded-md border-2 border-red-700 bg-white px-3 py-1 text-sm font-semibold text-red-800 hover:bg-red-50 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-700';

/** "Revoke", then a confirmation saying what it does: the token answers 401 from then on. */
export function RevokeToken({ dept, tokenId, name }: { dept: string; tokenId: string; name: string }) {
  const [state, action, pending] = useActionState(revokeApiTokenAction, IDLE as ActionResult);
  const { m } = useStaffI18n();
  const t = m.api.tokens;
  return (
    <div className="space-y-1">
      <ConfirmDialog
        openLabel={
          <>
            {t.revoke}
            <span className="sr-only"> {name}</span>
          </>
        }
        openClassName={small}
        openTestId="revoke-api-token"
        title={t.revokeTitle(name)}
        description={t.revokeDescription}
        action={action}
        pending={pending}
        confirmLabel={t.revokeConfirm}
        busyLabel={t.revoking}
        cancelLabel={m.common.kit.cancel}
        closeOn={state}
        testId="revoke-api-token-dialog"
        confirmTestId="revoke-api-token-confirm"
      >
        <input type="hidden" name="dept" value={dept} />
        <input type="hidden" name="tokenId" value={tokenId} />
      </ConfirmDialog>
      <span role="status" className={`block text-sm ${state.status === 'error' ? 'font-semibold text-red-800' : 'text-green-800'}`} data-testid="revoke-api-token-result">
        {state.status === 'idle' ? '' : state.message}
      </span>
    </div>
  );
}
