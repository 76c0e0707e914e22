'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/db/client';
import { platformAction } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/auth/action-result';
import { setPlatformAdmin } from '@/lib/users/platform-admins';
import { formString } from '@/lib/users/user-schemas';
import { platformErrorMessage } from './messages';

/** Grant or revoke platform admin (platform admins). Fields: userId, grant ("true" | "false"). */
export const setPlatformAdminAction = platformAction({ name: 'setPlatformAdminAction' }, async ({ m, actor }, formData): Promise<ActionResult> => {
  const t = m.admin.users.answers;
  const grant = formString(formData, 'grant');
  if (grant !== 'true' && grant !== 'false') return { status: 'error', error: 'invalid', message: t.chooseGrant };
  const r = await setPlatformAdmin(db, formString(formData, 'userId'), grant === 'true', actor);
  if (!r.ok) return { status: 'error', error: r.error === 'notFound' ? 'notFound' : 'invalid', message: platformErrorMessage(m, r.error, 'revoke') };
  revalidatePath('/admin/users');
  return { status: 'ok', message: !r.changed ? t.noChange : grant === 'true' ? t.nowAdmin : t.noLongerAdmin };
});
