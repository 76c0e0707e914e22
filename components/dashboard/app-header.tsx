import Link from 'next/link';
import { SignOutButton } from '@/components/dashboard/sign-out-button';
import { LanguageSwitch } from '@/components/public/language-switch';
import type { Viewer } from '@/lib/auth/viewer';
import type { StaffMessages } from '@/lib/i18n/staff';

/** The dark bar on every signed-in page: home, admin area (platform admins), account, language, sign out. */
export function AppHeader({ viewer, m }: { viewer: Viewer; m: StaffMessages }) {
  return (
    <>
      <a href="#contenido" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2">
        {m.common.skipLink}
      </a>
      <header className="on-dark bg-brand-900 text-white">
        <div className="mx-auto flex w-full max-w-7xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
          <Link href="/dashboard" aria-label={m.common.homeLink} className="whitespace-nowrap text-lg font-bold text-white no-underline">
            Puente <span className="font-normal text-brand-100">{m.common.brand}</span>
          </Link>
          <div className="flex min-w-0 flex-wrap items-center gap-x-4 gap-y-1 text-sm">
            {viewer.platformRole === 'admin' ? (
              <Link href="/admin" className="font-semibold text-white underline-offset-4 hover:underline">
                {m.common.adminLink}
              </Link>
            ) : null}
            <Link
              href="/dashboard/account"
              aria-label={`${m.common.accountLink}: ${viewer.email}`}
              className="break-all text-brand-100 underline-offset-4 hover:underline"
              data-testid="viewer-email"
            >
              {viewer.email}
            </Link>
            <LanguageSwitch target={m.common.switchLanguageLang} label={m.common.switchLanguage} />
            <SignOutButton />
          </div>
        </div>
      </header>
    </>
  );
}
