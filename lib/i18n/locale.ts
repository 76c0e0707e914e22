/**
 * Locale basics shared by server and browser code: the cookie name, parsing, and picking the
 * right column of bilingual database text. Reading the cookie lives in ./server.ts.
 */
import { LOCALES, type Locale } from '../leads/lead-schema';

export { LOCALES, type Locale };

export const DEFAULT_LOCALE: Locale = 'es';
export const LOCALE_COOKIE = 'puente_locale';
/** One year, in seconds. */
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Anything that is not a known locale falls back to Spanish. */
export function parseLocale(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'es' ? 'en' : 'es';
}

/** Picks the text for `locale` out of a bilingual pair, e.g. a program's titleEs/titleEn. */
export function localized<T>(locale: Locale, es: T, en: T): T {
  return locale === 'en' ? en : es;
}

/**
 * The path the language switch returns to. Only same-site relative paths are accepted
 * ("/x?y"), never "//host", "/\host" or anything with control characters, which browsers
 * may turn into another origin. Anything else becomes "/".
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2048) return '/';
  if (!value.startsWith('/') || value.startsWith('//')) return '/';
  // Backslashes are read as slashes by browsers; tabs/newlines are stripped from URLs.
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return '/';
  return value;
}

/** Set by proxy.ts on requests for staff screens (never trusted from the client: it sets or removes it). */
export const STAFF_AREA_HEADER = 'x-puente-staff-area';

const STAFF_PREFIXES = ['/dashboard', '/admin', '/account', '/login', '/invite'];

/** Whether a path is a staff screen (dashboard, admin, account, sign-in, invitation), which follow the person's language. */
export function isStaffPath(path: string): boolean {
  return STAFF_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`));
}

/** Set by proxy.ts on pages whose address names their language (the docs), never taken from the client. */
export const PAGE_LOCALE_HEADER = 'x-puente-page-locale';

/** The language an address fixes: /en/docs/… English, /docs/… Spanish; null for every other page. */
export function fixedLocaleOf(path: string): Locale | null {
  if (path === '/en/docs' || path.startsWith('/en/docs/')) return 'en';
  if (path === '/docs' || path.startsWith('/docs/')) return 'es';
  return null;
}

/** The same page in `locale`: the docs' counterpart address (/docs/x ↔ /en/docs/x); any other path as is. */
export function pathInLocale(pathAndQuery: string, locale: Locale): string {
  const fixed = fixedLocaleOf(pathAndQuery.split(/[?#]/)[0] ?? '');
  if (!fixed || fixed === locale) return pathAndQuery;
  return locale === 'en' ? `/en${pathAndQuery}` : pathAndQuery.replace(/^\/en/, '');
}
