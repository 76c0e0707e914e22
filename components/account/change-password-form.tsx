'use client';

import { useActionState } from 'react';
import { changePasswordAction } from '@/app/actions/account/change-password';
import { buttonPrimary } from '@/components/ui/styles';
import { IDLE, type ActionResult } from '@/lib/auth/action-result';
import { PASSWORD_MIN } from '@/lib/users/user-schemas';
import { fieldError, FormErrors } from './form-errors';
import { InputField } from './input-field';

const LABELS = { currentPassword: 'Current password', newPassword: 'New password', confirm: 'New password again' };

/** Change one's own password. `forced`: after an admin reset, the current password is the temporary one. */
export function ChangePasswordForm({ forced = false }: { forced?: boolean }) {
  const [state, action, pending] = useActionState(changePasswordAction, IDLE as ActionResult);
  return (
    <form action={action} className="max-w-md space-y-5" noValidate data-testid="change-password-form">
      <FormErrors state={state} labels={LABELS} idPrefix="pw" />
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
        label={forced ? 'Temporary password' : LABELS.currentPassword}
        hint={forced ? 'The one your admin gave you.' : undefined}
        error={fieldError(state, 'currentPassword')}
      />
      <InputField
        id="pw-newPassword"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        label={LABELS.newPassword}
        hint={`At least ${PASSWORD_MIN} characters. A few unrelated words make a strong one.`}
        error={fieldError(state, 'newPassword')}
      />
      <InputField id="pw-confirm" name="confirm" type="password" autoComplete="new-password" label={LABELS.confirm} error={fieldError(state, 'confirm')} />
      <button type="submit" className={buttonPrimary} disabled={pending} data-testid="change-password-submit">
        {pending ? 'Changing…' : 'Change password'}
      </button>
    </form>
  );
}
