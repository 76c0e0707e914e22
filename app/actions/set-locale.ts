'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { publicFormAction } from '@/lib/actions/action';
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, parseLocale, safeReturnPath } from '@/lib/i18n/locale';

/**
 * The header's language switch: stores the chosen locale for a year and sends the visitor
 * back to the page they were on (a relative path only, so this is no open redirect).
 */
export const setLocale = publicFormAction({ name: 'setLocale' }, async (formData) => {
  const locale = parseLocale(formData.get('locale'));
  const returnTo = safeReturnPath(formData.get('returnTo'));
  const store = await cookies();
  store.set(LOCALE_COOKIE, locale, { maxAge: LOCALE_COOKIE_MAX_AGE, sameSite: 'lax', path: '/', httpOnly: true });
  redirect(returnTo);
});
