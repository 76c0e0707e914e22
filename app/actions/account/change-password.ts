'use server';

import { redirect } from 'next/navigation';
import { db } from '@/db/client';
import { accountAction } from '@/lib/actions/action';
import { FORBIDDEN, type ActionResult } from '@/lib/auth/action-result';
import { userFieldErrors } from '@/lib/i18n/user-errors';
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
  { name: 'changePasswordAction' },
  async ({ viewer, m, actor }, formData): Promise<ActionResult> => {
    // Guessing the current password from a left-open session is as limited as at sign-in.
    const limit = await consumeRateLimit(db, hashKey('password-change', viewer.userId), LIMIT.perUser, LIMIT.windowMs);
    if (!limit.allowed) return { status: 'error', error: 'invalid', message: m.account.passwordForm.tooManyAttempts };
    const r = await changeOwnPassword(
      db,
      viewer.userId,
      { currentPassword: formString(formData, 'currentPassword'), newPassword: formString(formData, 'newPassword'), confirm: formString(formData, 'confirm') },
      actor,
    );
    if (!r.ok) return r.error === 'notFound' ? FORBIDDEN : { status: 'error', error: 'invalid', message: m.account.formErrors.checkFields, fieldErrors: userFieldErrors(m, r.fieldErrors) };
    // Every other session (another browser, a stolen cookie) ended with the old password; this one goes on.
    await renewCurrentSession();
    if (viewer.mustChangePassword) redirect('/dashboard');
    return { status: 'ok', message: m.account.passwordForm.changed };
  },
);
