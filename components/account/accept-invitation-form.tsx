'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useRef, useState } from 'react';
import { acceptInvitationAction, type AcceptedInvitation } from '@/app/actions/account/accept-invitation';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { buttonPrimary, textLink } from '@/components/ui/styles';
import { IDLE, type ActionResult } from '@/lib/auth/action-result';
import { fieldError, FormErrors } from './form-errors';
import { InputField } from './input-field';

/**
 * Accept an invitation: with a new account (name and password; the email is the
 * invitation's), which is then signed in, or as the signed-in user. Then on to the department.
 */
export function AcceptInvitationForm({ token, email, mode }: { token: string; email: string; mode: 'newAccount' | 'signedIn' }) {
  const router = useRouter();
  const t = useStaffI18n().m.auth.invite.form;
  const labels = { name: t.name, password: t.password, confirm: t.confirm };
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
            {t.ready}{' '}
            <a className={textLink} href={`/login?callbackUrl=${encodeURIComponent(`/dashboard/${state.data?.slug ?? ''}`)}`}>
              {t.readySignIn}
            </a>
            {t.readyWith(email)}
          </p>
        ) : (
          <p>{t.opening}</p>
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
      <FormErrors state={state} labels={labels} idPrefix="accept" />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="mode" value={mode} />
      {mode === 'newAccount' ? (
        <>
          <InputField id="accept-email" name="email" type="email" autoComplete="username" label={t.email} value={email} readOnly hint={t.emailHint} />
          <InputField id="accept-name" name="name" label={labels.name} autoComplete="name" maxLength={120} value={name} onChange={setName} error={fieldError(state, 'name')} />
          <InputField
            id="accept-password"
            name="password"
            type="password"
            autoComplete="new-password"
            label={labels.password}
            hint={t.passwordHint}
            error={fieldError(state, 'password')}
          />
          <InputField id="accept-confirm" name="confirm" type="password" autoComplete="new-password" label={labels.confirm} error={fieldError(state, 'confirm')} />
        </>
      ) : null}
      <button type="submit" className={buttonPrimary} disabled={pending} data-testid="accept-invitation-submit">
        {pending ? t.submitting : mode === 'newAccount' ? t.createAndJoin : t.accept}
      </button>
    </form>
  );
}
