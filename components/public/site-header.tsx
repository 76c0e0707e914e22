import Link from 'next/link';
import type { Locale } from '@/lib/i18n/locale';
import type { Messages } from '@/lib/i18n/messages';
import { container } from '@/components/ui/styles';
import { LanguageSwitch } from './language-switch';
import { PuenteMark } from './puente-mark';

/** Site name, main navigation and the language switch, on a dark band. */
export function SiteHeader({ m, locale }: { m: Messages; locale: Locale }) {
  const navLink =
    'rounded-sm px-1 py-1 font-semibold text-white underline-offset-4 hover:underline focus-visible:outline-3 focus-visible:outline-offset-2';
  return (
    <header className="on-dark bg-brand-900 text-white">
      <div className="bg-brand-800 text-sm text-brand-50">
        <div className={`${container} flex items-center justify-between gap-4 py-1.5`}>
          <p>{m.header.govBanner}</p>
          <LanguageSwitch target={locale === 'es' ? 'en' : 'es'} label={m.header.switchLanguage} />
        </div>
      </div>
      <div className="border-b-4 border-accent-400">
        <div className={`${container} flex flex-wrap items-center gap-x-6 gap-y-3 py-4`}>
          <div className="flex items-center gap-3">
            <Link
              href="/"
              aria-label={m.header.homeLink}
              className="flex items-center gap-2.5 rounded-sm text-white no-underline focus-visible:outline-3 focus-visible:outline-offset-4"
            >
              <PuenteMark className="h-9 w-9" />
              <span className="text-2xl font-bold tracking-tight">{m.meta.siteName}</span>
            </Link>
            <span className="hidden border-l border-white/40 pl-3 text-sm leading-snug text-brand-50 md:block">
              {m.header.tagline}
            </span>
          </div>
          <nav aria-label={m.header.nav} className="w-full md:ml-auto md:w-auto">
            <ul className="flex flex-wrap items-center gap-x-5 gap-y-1">
              <li>
                <Link href="/#programas" className={navLink}>
                  {m.header.navPrograms}
                </Link>
              </li>
              <li>
                <Link href="/solicitar" className={navLink}>
                  {m.header.navRequest}
                </Link>
              </li>
            </ul>
          </nav>
        </div>
      </div>
    </header>
  );
}
