'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/db/client';
import { platformAction } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/auth/action-result';
import { adminResetPassword } from '@/lib/users/passwords';
import { formString } from '@/lib/users/user-schemas';

export interface ResetPassword {
  email: string;
  /** Shown this once; the person must change it at their next sign-in. */
  temporaryPassword: string;
}

/** Reset someone's password to a temporary one (platform admins). Fields: userId. */
export const resetPasswordAction = platformAction({ name: 'resetPasswordAction' }, async ({ m, actor }, formData): Promise<ActionResult<ResetPassword>> => {
  const t = m.admin.users.answers;
  const r = await adminResetPassword(db, formString(formData, 'userId'), actor);
  if (!r.ok) return { status: 'error', error: 'notFound', message: t.notFound };
  revalidatePath('/admin/users');
  return { status: 'ok', message: t.reset(r.email), data: { email: r.email, temporaryPassword: r.temporaryPassword } };
});
