/**
 * The request's locale, from the `puente_locale` cookie. The one file in lib/ allowed to touch
 * Next's request APIs: it only reads a cookie, and every server page needs it.
 */
// eslint-disable-next-line no-restricted-imports -- reading the locale cookie is this module's whole job
import { cookies } from 'next/headers';
import { LOCALE_COOKIE, parseLocale, type Locale } from './locale';
import { getMessages, type Messages } from './messages';

export async function getLocale(): Promise<Locale> {
  const store = await cookies();
  return parseLocale(store.get(LOCALE_COOKIE)?.value);
}

/** The locale and its dictionary: `const { locale, m } = await getI18n(); m.home.heroTitle`. */
export async function getI18n(): Promise<{ locale: Locale; m: Messages }> {
  const locale = await getLocale();
  return { locale, m: getMessages(locale) };
}
