'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/db/client';
import { platformAction } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/auth/action-result';
import { setUserDisabled } from '@/lib/users/platform-admins';
import { formString } from '@/lib/users/user-schemas';
import { platformErrorMessage } from './messages';

/** Disable or enable an account (platform admins). Fields: userId, disabled ("true" | "false"). */
export const setUserDisabledAction = platformAction({ name: 'setUserDisabledAction' }, async ({ m, actor }, formData): Promise<ActionResult> => {
  const t = m.admin.users.answers;
  const disabled = formString(formData, 'disabled');
  if (disabled !== 'true' && disabled !== 'false') return { status: 'error', error: 'invalid', message: t.chooseDisable };
  const r = await setUserDisabled(db, formString(formData, 'userId'), disabled === 'true', actor);
  if (!r.ok) return { status: 'error', error: r.error === 'notFound' ? 'notFound' : 'invalid', message: platformErrorMessage(m, r.error, 'disable') };
  revalidatePath('/admin/users');
  return { status: 'ok', message: !r.changed ? t.noChange : disabled === 'true' ? t.disabled : t.enabled };
});
