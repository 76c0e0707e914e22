'use server';

import { revalidatePath } from 'next/cache';
import { logError } from '@/lib/log-error';
import { headers } from 'next/headers';
import { db } from '@/db/client';
import { FORBIDDEN, type ActionResult } from '@/lib/auth/action-result';
import { actorOf, guardPlatformAdmin } from '@/lib/auth/guard';
import { clientIpFrom } from '@/lib/client-ip';
import { setUserDisabled } from '@/lib/users/platform-admins';
import { formString } from '@/lib/users/user-schemas';
import { platformErrorMessage } from './messages';

/** Disable or enable an account (platform admins). Fields: userId, disabled ("true" | "false"). */
export async function setUserDisabledAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const viewer = await guardPlatformAdmin();
  if (!viewer) return FORBIDDEN;
  const disabled = formString(formData, 'disabled');
  if (disabled !== 'true' && disabled !== 'false') return { status: 'error', error: 'invalid', message: 'Choose disable or enable.' };
  try {
    const ip = clientIpFrom(await headers());
    const r = await setUserDisabled(db, formString(formData, 'userId'), disabled === 'true', actorOf(viewer, ip));
    if (!r.ok) return { status: 'error', error: r.error === 'notFound' ? 'notFound' : 'invalid', message: platformErrorMessage(r.error, 'disable') };
    revalidatePath('/admin/users');
    return { status: 'ok', message: !r.changed ? 'No change.' : disabled === 'true' ? 'Account disabled: it can no longer sign in.' : 'Account enabled.' };
  } catch (e) {
    logError('setUserDisabledAction failed', e);
    return { status: 'error', error: 'server', message: 'Something went wrong on our side. Reload the page and try again.' };
  }
}
