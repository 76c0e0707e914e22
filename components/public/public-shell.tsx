import type { Locale } from '@/lib/i18n/locale';
import type { Messages } from '@/lib/i18n/messages';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { SkipLink } from './skip-link';

export const MAIN_CONTENT_ID = 'contenido';

/** The public pages' frame: skip link, header, <main> landmark and footer. */
export function PublicShell({ m, locale, children }: { m: Messages; locale: Locale; children: React.ReactNode }) {
  return (
    <>
      <SkipLink label={m.common.skipLink} target={MAIN_CONTENT_ID} />
      <SiteHeader m={m} locale={locale} />
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <SiteFooter m={m} />
    </>
  );
}
