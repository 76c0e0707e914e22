'use client';

import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { Field } from '@/components/ui/field';
import { buttonPrimary, inputBase } from '@/components/ui/styles';

const MESSAGES: Record<string, string> = {
  CredentialsSignin: 'The email or password is not right.',
  AccessDenied: 'That account has no access to Puente. Ask your department admin for an invitation.',
};

/** `RateLimited:42` (from lib/auth/auth-options.ts) says how long to wait. */
function messageFor(code: string): string {
  const wait = /^RateLimited(?::(\d+))?$/.exec(code);
  if (wait) {
    const s = Number(wait[1] ?? 0);
    const when = s <= 0 ? 'a moment' : s < 90 ? `${s} seconds` : `${Math.ceil(s / 60)} minutes`;
    return `Too many failed attempts. Wait ${when} and try again.`;
  }
  return MESSAGES[code] ?? 'Sign-in failed.';
}

export function LoginForm({ callbackUrl, oidcName, initialError }: { callbackUrl: string; oidcName?: string; initialError?: string }) {
  const [error, setError] = useState(initialError ? messageFor(initialError) : '');
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
    setError(messageFor(res?.error ?? ''));
  }

  return (
    <div className="space-y-6">
      <form onSubmit={onSubmit} className="space-y-5" noValidate>
        {error ? (
          <p role="alert" id="login-error" className="rounded-md border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-800">
            {error}
          </p>
        ) : null}
        <Field id="email" label="Email">
          {(control) => (
            <input {...control} aria-describedby={error ? 'login-error' : undefined} name="email" type="email" autoComplete="username" required className={inputBase} />
          )}
        </Field>
        <Field id="password" label="Password">
          {(control) => <input {...control} name="password" type="password" autoComplete="current-password" required className={inputBase} />}
        </Field>
        <button type="submit" className={`${buttonPrimary} w-full`} disabled={pending}>
          {pending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      {oidcName ? (
        <button type="button" className="w-full rounded-md border-2 border-slate-700 px-5 py-2.5 font-semibold" onClick={() => void signIn('oidc', { callbackUrl })}>
          Sign in with {oidcName}
        </button>
      ) : null}
    </div>
  );
}
