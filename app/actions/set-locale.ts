'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { db } from '@/db/client';
import { publicFormAction } from '@/lib/actions/action';
import { getViewer } from '@/lib/auth/session';
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, parseLocale, safeReturnPath } from '@/lib/i18n/locale';
import { rememberLocale } from '@/lib/users/locale';

/**
 * The language switch (public header and staff header): stores the chosen locale for a year in
 * a cookie and, for someone signed in, on their account, so the dashboard and their e-mails
 * follow it on any device. Sends the visitor back to the page they were on (a relative path
 * only, so this is no open redirect).
 */
export const setLocale = publicFormAction({ name: 'setLocale' }, async (formData) => {
  const locale = parseLocale(formData.get('locale'));
  const returnTo = safeReturnPath(formData.get('returnTo'));
  const store = await cookies();
  store.set(LOCALE_COOKIE, locale, { maxAge: LOCALE_COOKIE_MAX_AGE, sameSite: 'lax', path: '/', httpOnly: true });
  const viewer = await getViewer();
  if (viewer && viewer.locale !== locale) await rememberLocale(db, viewer.userId, locale);
  redirect(returnTo);
});
