'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useRef, useState } from 'react';
import { acceptInvitationAction, type AcceptedInvitation } from '@/app/actions/account/accept-invitation';
import { buttonPrimary, textLink } from '@/components/ui/styles';
import { IDLE, type ActionResult } from '@/lib/auth/action-result';
import { PASSWORD_MIN } from '@/lib/users/user-schemas';
import { fieldError, FormErrors } from './form-errors';
import { InputField } from './input-field';

const LABELS = { name: 'Your name', password: 'Password', confirm: 'Password again' };

/**
 * Accept an invitation: with a new account (name and password; the email is the
 * invitation's), which is then signed in, or as the signed-in user. Then on to the department.
 */
export function AcceptInvitationForm({ token, email, mode }: { token: string; email: string; mode: 'newAccount' | 'signedIn' }) {
  const router = useRouter();
  const [state, action, pending] = useActionState(acceptInvitationAction, IDLE as ActionResult<AcceptedInvitation>);
  const [name, setName] = useState('');
  const password = useRef('');
  const [signInFailed, setSignInFailed] = useState(false);

  useEffect(() => {
    if (state.status !== 'ok' || !state.data) return;
    const { slug, newAccount } = state.data;
    const go = () => {
      router.replace(`/dashboard/${slug}`);
      router.refresh();
    };
    if (!newAccount) return go();
    void signIn('credentials', { email: state.data.email, password: password.current, redirect: false }).then((res) => {
      password.current = '';
      if (res?.ok && !res.error) go();
      else setSignInFailed(true);
    });
  }, [state, router]);

  if (state.status === 'ok') {
    return (
      <div role="status" className="space-y-2 rounded-lg border-2 border-green-700 bg-green-50 p-4 text-green-950" data-testid="invitation-accepted">
        <p className="font-bold">{state.message}</p>
        {signInFailed ? (
          <p>
            Your account is ready.{' '}
            <a className={textLink} href={`/login?callbackUrl=${encodeURIComponent(`/dashboard/${state.data?.slug ?? ''}`)}`}>Sign in</a> with {email} to continue.
          </p>
        ) : (
          <p>Opening your department…</p>
        )}
      </div>
    );
  }

  return (
    <form
      action={action}
      onSubmit={(e) => {
        password.current = String(new FormData(e.currentTarget).get('password') ?? '');
      }}
      className="space-y-5"
      noValidate
      data-testid="accept-invitation-form"
    >
      <FormErrors state={state} labels={LABELS} idPrefix="accept" />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="mode" value={mode} />
      {mode === 'newAccount' ? (
        <>
          <InputField id="accept-email" name="email" type="email" autoComplete="username" label="Email" value={email} readOnly hint="The invitation is for this address; it is how you sign in." />
          <InputField id="accept-name" name="name" label={LABELS.name} autoComplete="name" maxLength={120} value={name} onChange={setName} error={fieldError(state, 'name')} />
          <InputField
            id="accept-password"
            name="password"
            type="password"
            autoComplete="new-password"
            label={LABELS.password}
            hint={`At least ${PASSWORD_MIN} characters. A few unrelated words make a strong one.`}
            error={fieldError(state, 'password')}
          />
          <InputField id="accept-confirm" name="confirm" type="password" autoComplete="new-password" label={LABELS.confirm} error={fieldError(state, 'confirm')} />
        </>
      ) : null}
      <button type="submit" className={buttonPrimary} disabled={pending} data-testid="accept-invitation-submit">
        {pending ? 'Accepting…' : mode === 'newAccount' ? 'Create account and join' : 'Accept invitation'}
      </button>
    </form>
  );
}
