import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/dashboard/login-form';
import { textLink } from '@/components/ui/styles';
import { env } from '@/lib/env';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import { getViewer } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Sign in' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const sp = await searchParams;
  const callbackUrl = safeCallbackPath(sp.callbackUrl);
  if (await getViewer()) redirect(callbackUrl);
  const e = env();
  const oidc = e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET ? e.OIDC_NAME : undefined;
  const error = typeof sp.error === 'string' ? sp.error : undefined;
  return (
    <main id="contenido" className="mx-auto w-full max-w-md flex-1 px-4 py-16">
      <h1 className="mb-2 text-3xl font-bold text-brand-900">Puente · Department staff</h1>
      <p className="mb-8 text-slate-700">Sign in to manage your department&apos;s webhooks and see its deliveries.</p>
      <LoginForm callbackUrl={callbackUrl} oidcName={oidc} initialError={error} />
      {/* Applicants who land here by mistake need a way back to the public site. */}
      <p className="mt-10 border-t border-slate-200 pt-6 text-sm text-slate-700">
        Not department staff?{' '}
        <Link href="/" className={textLink}>
          Go to the public site
        </Link>{' '}
        to find programs and send a request, or{' '}
        <Link href="/register" className={textLink}>
          register your department
        </Link>
        .
      </p>
    </main>
  );
}
