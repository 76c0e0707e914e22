'use client';

import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { Field } from '@/components/ui/field';
import { buttonPrimary, inputBase } from '@/components/ui/styles';
import type { StaffMessages } from '@/lib/i18n/staff';

/** next-auth's error code as a sentence; `RateLimited:42` (from lib/auth/auth-options.ts) says how long to wait. */
function messageFor(m: StaffMessages, code: string): string {
  const t = m.auth.login.errors;
  const wait = /^RateLimited(?::(\d+))?$/.exec(code);
  if (wait) return t.rateLimited(Number(wait[1] ?? 0));
  if (code === 'CredentialsSignin') return t.credentials;
  if (code === 'AccessDenied') return t.accessDenied;
  return t.failed;
}

export function LoginForm({ callbackUrl, oidcName, initialError }: { callbackUrl: string; oidcName?: string; initialError?: string }) {
  const { m } = useStaffI18n();
  const t = m.auth.login;
  // The code, not its sentence: the words follow the page's language.
  const [error, setError] = useState(initialError ?? '');
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setPending(true);
    setError('');
    const res = await signIn('credentials', { email: String(form.get('email') ?? ''), password: String(form.get('password') ?? ''), redirect: false });
    if (res?.ok && !res.error) {
      // A full navigation: nothing rendered or cached for the signed-out visitor survives.
      window.location.assign(callbackUrl);
      return;
    }
    setPending(false);
    setError(res?.error || 'failed');
  }

  return (
    <div className="space-y-6">
      <form onSubmit={onSubmit} className="space-y-5" noValidate>
        {error ? (
          <p role="alert" id="login-error" className="rounded-md border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-800">
            {messageFor(m, error)}
          </p>
        ) : null}
        <Field id="email" label={t.email}>
          {(control) => (
            <input {...control} aria-describedby={error ? 'login-error' : undefined} name="email" type="email" autoComplete="username" required className={inputBase} />
          )}
        </Field>
        <Field id="password" label={t.password}>
          {(control) => <input {...control} name="password" type="password" autoComplete="current-password" required className={inputBase} />}
        </Field>
        <button type="submit" className={`${buttonPrimary} w-full`} disabled={pending}>
          {pending ? t.submitting : t.submit}
        </button>
      </form>
      {oidcName ? (
        <button type="button" className="w-full rounded-md border-2 border-slate-700 px-5 py-2.5 font-semibold" onClick={() => void signIn('oidc', { callbackUrl })}>
          {t.withProvider(oidcName)}
        </button>
      ) : null}
    </div>
  );
}
