'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { Suspense } from 'react';
import { setLocale } from '@/app/actions/set-locale';
import { pathInLocale, type Locale } from '@/lib/i18n/locale';

interface Props {
  /** The language to switch TO. */
  target: Locale;
  /** Its name, written in that language ("English", "Español"). */
  label: string;
}

/**
 * A one-button form posting the other locale to the set-locale action, which sets the cookie
 * and comes back to this very page (path and query) — or, on the docs, whose address names
 * their language, to the same page's other address. Works without JavaScript.
 */
export function LanguageSwitch(props: Props) {
  return (
    // useSearchParams may suspend while the page streams; until then (and for visitors
    // without JavaScript, who never see the streamed swap) the path alone is kept.
    <Suspense fallback={<PathSwitch {...props} />}>
      <PathAndQuerySwitch {...props} />
    </Suspense>
  );
}

function PathSwitch(props: Props) {
  return <LanguageSwitchForm {...props} returnTo={usePathname() || '/'} />;
}

function PathAndQuerySwitch(props: Props) {
  const pathname = usePathname() || '/';
  const query = useSearchParams()?.toString();
  return <LanguageSwitchForm {...props} returnTo={query ? `${pathname}?${query}` : pathname} />;
}

function LanguageSwitchForm({ target, label, returnTo }: Props & { returnTo: string }) {
  return (
    <form action={setLocale}>
      <input type="hidden" name="locale" value={target} />
      <input type="hidden" name="returnTo" value={pathInLocale(returnTo, target)} />
      <button
        type="submit"
        className="inline-flex items-center gap-2 rounded-md border-2 border-white/80 px-3 py-1 text-sm font-semibold text-white hover:bg-white hover:text-brand-900"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor">
          <path d="M10 1.5a8.5 8.5 0 1 0 0 17 8.5 8.5 0 0 0 0-17Zm5.9 7.75h-2.7a13 13 0 0 0-1.1-5.2 7 7 0 0 1 3.8 5.2ZM10 3.2c.8 1 1.6 3.1 1.7 6.05H8.3C8.4 6.3 9.2 4.2 10 3.2ZM7.9 4.05a13 13 0 0 0-1.1 5.2H4.1a7 7 0 0 1 3.8-5.2ZM4.1 10.75h2.7a13 13 0 0 0 1.1 5.2 7 7 0 0 1-3.8-5.2ZM10 16.8c-.8-1-1.6-3.1-1.7-6.05h3.4c-.1 2.95-.9 5.05-1.7 6.05Zm2.1-.85a13 13 0 0 0 1.1-5.2h2.7a7 7 0 0 1-3.8 5.2Z" />
        </svg>
        <span lang={target}>{label}</span>
      </button>
    </form>
  );
}
