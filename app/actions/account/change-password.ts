'use server';

import { redirect } from 'next/navigation';
import { db } from '@/db/client';
import { accountAction } from '@/lib/actions/action';
import { FORBIDDEN, type ActionResult } from '@/lib/auth/action-result';
import { consumeRateLimit, hashKey } from '@/lib/rate-limit';
import { changeOwnPassword } from '@/lib/users/passwords';
import { formString } from '@/lib/users/user-schemas';
import { renewCurrentSession } from './renew-session';

const LIMIT = { perUser: 10, windowMs: 15 * 60_000 };

/**
 * Change the signed-in user's password. Fields: currentPassword, newPassword, confirm. After
 * a forced change (an admin reset) it goes on to the dashboard.
 */
export const changePasswordAction = accountAction(
  { name: 'changePasswordAction', serverError: 'Something went wrong on our side. Try again.' },
  async ({ viewer, actor }, formData): Promise<ActionResult> => {
    // Guessing the current password from a left-open session is as limited as at sign-in.
    const limit = await consumeRateLimit(db, hashKey('password-change', viewer.userId), LIMIT.perUser, LIMIT.windowMs);
    if (!limit.allowed) return { status: 'error', error: 'invalid', message: 'Too many attempts. Wait 15 minutes and try again.' };
    const r = await changeOwnPassword(
      db,
      viewer.userId,
      { currentPassword: formString(formData, 'currentPassword'), newPassword: formString(formData, 'newPassword'), confirm: formString(formData, 'confirm') },
      actor,
    );
    if (!r.ok) return r.error === 'notFound' ? FORBIDDEN : { status: 'error', error: 'invalid', message: 'Check the highlighted fields.', fieldErrors: r.fieldErrors };
    // Every other session (another browser, a stolen cookie) ended with the old password; this one goes on.
    await renewCurrentSession();
    if (viewer.mustChangePassword) redirect('/dashboard');
    return { status: 'ok', message: 'Your password was changed. Any other session signed in with it has been signed out.' };
  },
);
