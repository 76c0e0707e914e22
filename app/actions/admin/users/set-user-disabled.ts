'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/db/client';
import { platformAction } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/auth/action-result';
import { setUserDisabled } from '@/lib/users/platform-admins';
import { formString } from '@/lib/users/user-schemas';
import { platformErrorMessage } from './messages';

/** Disable or enable an account (platform admins). Fields: userId, disabled ("true" | "false"). */
export const setUserDisabledAction = platformAction({ name: 'setUserDisabledAction' }, async ({ actor }, formData): Promise<ActionResult> => {
  const disabled = formString(formData, 'disabled');
  if (disabled !== 'true' && disabled !== 'false') return { status: 'error', error: 'invalid', message: 'Choose disable or enable.' };
  const r = await setUserDisabled(db, formString(formData, 'userId'), disabled === 'true', actor);
  if (!r.ok) return { status: 'error', error: r.error === 'notFound' ? 'notFound' : 'invalid', message: platformErrorMessage(r.error, 'disable') };
  revalidatePath('/admin/users');
  return { status: 'ok', message: !r.changed ? 'No change.' : disabled === 'true' ? 'Account disabled: it can no longer sign in.' : 'Account enabled.' };
});
