/**
 * The request's locale, from the `puente_locale` cookie, or for staff screens the signed-in
 * person's remembered choice. The one file in lib/ allowed to touch Next's request APIs: it only
 * reads a cookie, and every server page needs it.
 */
import 'server-only';
// eslint-disable-next-line no-restricted-imports -- reading the locale cookie is this module's whole job
import { cookies, headers } from 'next/headers';
import { isLocale, LOCALE_COOKIE, PAGE_LOCALE_HEADER, parseLocale, type Locale } from './locale';
import { getViewer } from '../auth/session';
import type { Viewer } from '../auth/viewer';
import { getMessages, type Messages } from './messages';
import { staffMessages, type StaffMessages } from './staff';

/** The address's language where it fixes one (the docs, marked by proxy.ts), else the cookie's. */
export async function getLocale(): Promise<Locale> {
  const fixed = (await headers()).get(PAGE_LOCALE_HEADER);
  if (isLocale(fixed)) return fixed;
  const store = await cookies();
  return parseLocale(store.get(LOCALE_COOKIE)?.value);
}

/** The locale and its dictionary: `const { locale, m } = await getI18n(); m.home.heroTitle`. */
export async function getI18n(): Promise<{ locale: Locale; m: Messages }> {
  const locale = await getLocale();
  return { locale, m: getMessages(locale) };
}

/**
 * The staff screens' locale: the signed-in person's remembered choice (users.locale), else the
 * cookie (sign-in, invitation and password pages, before anyone is signed in), else Spanish.
 * Pass the viewer when the caller already has it, to save a query.
 */
export async function getStaffLocale(viewer?: Pick<Viewer, 'locale'> | null): Promise<Locale> {
  const v = viewer === undefined ? await getViewer() : viewer;
  return v ? v.locale : getLocale();
}

/** `const { locale, m } = await getStaffI18n(); m.common.signOut` for staff server components. */
export async function getStaffI18n(viewer?: Pick<Viewer, 'locale'> | null): Promise<{ locale: Locale; m: StaffMessages }> {
  const locale = await getStaffLocale(viewer);
  return { locale, m: staffMessages(locale) };
}
