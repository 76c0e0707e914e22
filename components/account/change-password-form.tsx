'use client';

import { useActionState } from 'react';
import { changePasswordAction } from '@/app/actions/account/change-password';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { buttonPrimary } from '@/components/ui/styles';
import { IDLE, type ActionResult } from '@/lib/auth/action-result';
import { fieldError, FormErrors } from './form-errors';
import { InputField } from './input-field';

/** Change one's own password. `forced`: after an admin reset, the current password is the temporary one. */
export function ChangePasswordForm({ forced = false }: { forced?: boolean }) {
  const [state, action, pending] = useActionState(changePasswordAction, IDLE as ActionResult);
  const t = useStaffI18n().m.account.passwordForm;
  const labels = { currentPassword: forced ? t.temporaryPassword : t.currentPassword, newPassword: t.newPassword, confirm: t.confirm };
  return (
    <form action={action} className="max-w-md space-y-5" noValidate data-testid="change-password-form">
      <FormErrors state={state} labels={labels} idPrefix="pw" />
      {state.status === 'ok' ? (
        <p role="status" className="rounded-lg border-2 border-green-700 bg-green-50 p-3 font-semibold text-green-900" data-testid="password-changed">
          {state.message}
        </p>
      ) : null}
      <InputField
        id="pw-currentPassword"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        label={labels.currentPassword}
        hint={forced ? t.temporaryHint : undefined}
        error={fieldError(state, 'currentPassword')}
      />
      <InputField
        id="pw-newPassword"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        label={labels.newPassword}
        hint={t.newHint}
        error={fieldError(state, 'newPassword')}
      />
      <InputField id="pw-confirm" name="confirm" type="password" autoComplete="new-password" label={labels.confirm} error={fieldError(state, 'confirm')} />
      <button type="submit" className={buttonPrimary} disabled={pending} data-testid="change-password-submit">
        {pending ? t.submitting : t.submit}
      </button>
    </form>
  );
}
