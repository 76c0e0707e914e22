'use server';

import { headers } from 'next/headers';
import { logError } from '@/lib/log-error';
import { redirect } from 'next/navigation';
import { db } from '@/db/client';
import { FORBIDDEN, type ActionResult } from '@/lib/auth/action-result';
import { actorOf } from '@/lib/auth/guard';
import { getViewer } from '@/lib/auth/session';
import { clientIpFrom } from '@/lib/client-ip';
import { consumeRateLimit, hashKey } from '@/lib/rate-limit';
import { changeOwnPassword } from '@/lib/users/passwords';
import { formString } from '@/lib/users/user-schemas';
import { renewCurrentSession } from './renew-session';

const LIMIT = { perUser: 10, windowMs: 15 * 60_000 };

/**
 * Change the signed-in user's password. Fields: currentPassword, newPassword, confirm. After
 * a forced change (an admin reset) it goes on to the dashboard.
 */
export async function changePasswordAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const viewer = await getViewer();
  if (!viewer) return FORBIDDEN;
  try {
    // Guessing the current password from a left-open session is as limited as at sign-in.
    const limit = await consumeRateLimit(db, hashKey('password-change', viewer.userId), LIMIT.perUser, LIMIT.windowMs);
    if (!limit.allowed) return { status: 'error', error: 'invalid', message: 'Too many attempts. Wait 15 minutes and try again.' };
    const ip = clientIpFrom(await headers());
    const r = await changeOwnPassword(
      db,
      viewer.userId,
      { currentPassword: formString(formData, 'currentPassword'), newPassword: formString(formData, 'newPassword'), confirm: formString(formData, 'confirm') },
      actorOf(viewer, ip),
    );
    if (!r.ok) return r.error === 'notFound' ? FORBIDDEN : { status: 'error', error: 'invalid', message: 'Check the highlighted fields.', fieldErrors: r.fieldErrors };
    // Every other session (another browser, a stolen cookie) ended with the old password; this one goes on.
    await renewCurrentSession();
  } catch (e) {
    logError('changePasswordAction failed', e);
    return { status: 'error', error: 'server', message: 'Something went wrong on our side. Try again.' };
  }
  if (viewer.mustChangePassword) redirect('/dashboard');
  return { status: 'ok', message: 'Your password was changed. Any other session signed in with it has been signed out.' };
}
