'use server';

import { revalidatePath } from 'next/cache';
import { logError } from '@/lib/log-error';
import { headers } from 'next/headers';
import { db } from '@/db/client';
import { FORBIDDEN, type ActionResult } from '@/lib/auth/action-result';
import { actorOf, guardPlatformAdmin } from '@/lib/auth/guard';
import { clientIpFrom } from '@/lib/client-ip';
import { adminResetPassword } from '@/lib/users/passwords';
import { formString } from '@/lib/users/user-schemas';

export interface ResetPassword {
  email: string;
  /** Shown this once; the person must change it at their next sign-in. */
  temporaryPassword: string;
}

/** Reset someone's password to a temporary one (platform admins). Fields: userId. */
export async function resetPasswordAction(_prev: ActionResult<ResetPassword>, formData: FormData): Promise<ActionResult<ResetPassword>> {
  const viewer = await guardPlatformAdmin();
  if (!viewer) return FORBIDDEN;
  try {
    const ip = clientIpFrom(await headers());
    const r = await adminResetPassword(db, formString(formData, 'userId'), actorOf(viewer, ip));
    if (!r.ok) return { status: 'error', error: 'notFound', message: 'This account no longer exists.' };
    revalidatePath('/admin/users');
    return { status: 'ok', message: `Password reset for ${r.email}.`, data: { email: r.email, temporaryPassword: r.temporaryPassword } };
  } catch (e) {
    logError('resetPasswordAction failed', e);
    return { status: 'error', error: 'server', message: 'Something went wrong on our side. Reload the page and try again.' };
  }
}
