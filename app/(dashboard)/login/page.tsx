import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/dashboard/login-form';
import { textLink } from '@/components/ui/styles';
import { env } from '@/lib/env';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import { getViewer } from '@/lib/auth/session';
import { getStaffI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getStaffI18n(null);
  return { title: m.auth.login.title };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const sp = await searchParams;
  const callbackUrl = safeCallbackPath(sp.callbackUrl);
  if (await getViewer()) redirect(callbackUrl);
  const e = env();
  const oidc = e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET ? e.OIDC_NAME : undefined;
  const error = typeof sp.error === 'string' ? sp.error : undefined;
  const t = (await getStaffI18n(null)).m.auth.login;
  return (
    <main id="contenido" className="mx-auto w-full max-w-md flex-1 px-4 py-16">
      <h1 className="mb-2 text-3xl font-bold text-brand-900">{t.heading}</h1>
      <p className="mb-8 text-slate-700">{t.intro}</p>
      <LoginForm callbackUrl={callbackUrl} oidcName={oidc} initialError={error} />
      {/* Applicants who land here by mistake need a way back to the public site. */}
      <p className="mt-10 border-t border-slate-200 pt-6 text-sm text-slate-700">
        {t.notStaff}{' '}
        <Link href="/" className={textLink}>
          {t.publicSite}
        </Link>{' '}
        {t.publicSiteAfter}{' '}
        <Link href="/register" className={textLink}>
          {t.register}
        </Link>
        .
      </p>
    </main>
  );
}
