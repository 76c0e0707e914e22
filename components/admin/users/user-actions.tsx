'use client';

import { useActionState, useEffect, useRef } from 'react';
import { resetPasswordAction, type ResetPassword } from '@/app/actions/admin/users/reset-password';
import { setPlatformAdminAction } from '@/app/actions/admin/users/set-platform-admin';
import { setUserDisabledAction } from '@/app/actions/admin/users/set-user-disabled';
import { CopyButton } from '@/components/dashboard/webhooks/copy-button';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { inputBase, labelBase } from '@/components/ui/styles';
import { IDLE, type ActionResult } from '@/lib/auth/action-result';

const small =
  'inline-flex items-center rounded-md border-2 px-3 py-1 text-sm font-semibold focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-700 disabled:cursor-not-allowed disabled:opacity-70';
const plain = `${small} border-brand-700 bg-white text-brand-700 hover:bg-brand-50`;
const danger = `${small} border-red-700 bg-white text-red-800 hover:bg-red-50`;

function Result({ state, testId }: { state: ActionResult<unknown>; testId: string }) {
  return (
    <span role="status" className={`text-sm ${state.status === 'error' ? 'font-semibold text-red-800' : 'text-green-800'}`} data-testid={testId}>
      {state.status === 'idle' ? '' : state.message}
    </span>
  );
}

/** Grant or revoke platform admin. Button names start with their visible words (WCAG 2.5.3), then say whom they are for. */
export function PlatformAdminToggle({ userId, email, platformAdmin, isSelf }: { userId: string; email: string; platformAdmin: boolean; isSelf: boolean }) {
  const [state, action, pending] = useActionState(setPlatformAdminAction, IDLE as ActionResult);
  const t = useStaffI18n().m.admin.users;
  if (isSelf) return <span className="text-sm text-slate-700">{t.you}</span>;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2" data-testid="platform-admin-form">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="grant" value={platformAdmin ? 'false' : 'true'} />
      <button
        type="submit"
        className={platformAdmin ? danger : plain}
        disabled={pending}
        aria-label={t.adminFor(platformAdmin ? t.revokeAdmin : t.makeAdmin, email)}
        data-testid={platformAdmin ? 'revoke-platform-admin' : 'grant-platform-admin'}
      >
        {platformAdmin ? t.revokeAdmin : t.makeAdmin}
      </button>
      <Result state={state} testId="platform-admin-result" />
    </form>
  );
}

/** Disable (can no longer sign in; signed out at the next click) or enable an account. */
export function DisableToggle({ userId, email, disabled, isSelf }: { userId: string; email: string; disabled: boolean; isSelf: boolean }) {
  const [state, action, pending] = useActionState(setUserDisabledAction, IDLE as ActionResult);
  const t = useStaffI18n().m.admin.users;
  if (isSelf) return null;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2" data-testid="disable-form">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={disabled ? 'false' : 'true'} />
      <button
        type="submit"
        className={disabled ? plain : danger}
        disabled={pending}
        aria-label={t.accountOf(disabled ? t.enable : t.disable, email)}
        data-testid={disabled ? 'enable-user' : 'disable-user'}
      >
        {disabled ? t.enable : t.disable}
      </button>
      <Result state={state} testId="disable-result" />
    </form>
  );
}

/** Reset a password: the temporary one is shown here once, to pass on; it must be changed at next sign-in. */
export function ResetPasswordButton({ userId, email }: { userId: string; email: string }) {
  const [state, action, pending] = useActionState(resetPasswordAction, IDLE as ActionResult<ResetPassword>);
  const t = useStaffI18n().m.admin.users;
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === 'ok') box.current?.focus();
  }, [state]);
  const inputId = `temp-${userId}`;
  return (
    <div className="space-y-2">
      <form
        action={action}
        onSubmit={(e) => {
          if (!window.confirm(t.confirmReset(email))) e.preventDefault();
        }}
        data-testid="reset-password-form"
      >
        <input type="hidden" name="userId" value={userId} />
        <button type="submit" className={plain} disabled={pending} aria-label={t.resetPasswordOf(email)} data-testid="reset-password">
          {pending ? t.resetting : t.resetPassword}
        </button>
      </form>
      {state.status === 'ok' && state.data ? (
        <div ref={box} tabIndex={-1} className="space-y-2 rounded-lg border-4 border-amber-600 bg-amber-50 p-3" data-testid="temporary-password-box">
          <p className="font-bold text-amber-950" id={`${inputId}-warning`}>
            <span aria-hidden="true">⚠ </span>
            {t.temporaryWarning(state.data.email)}
          </p>
          <label htmlFor={inputId} className={labelBase}>
            {t.temporaryPassword}
          </label>
          <input
            id={inputId}
            readOnly
            value={state.data.temporaryPassword}
            aria-describedby={`${inputId}-warning`}
            className={`${inputBase} font-mono`}
            onFocus={(e) => e.currentTarget.select()}
            data-testid="temporary-password"
          />
          <CopyButton value={state.data.temporaryPassword} targetId={inputId} testId="copy-temporary-password" />
        </div>
      ) : state.status === 'error' ? (
        <Result state={state} testId="reset-password-result" />
      ) : null}
    </div>
  );
}
