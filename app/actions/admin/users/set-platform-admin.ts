'use server';

import { revalidatePath } from 'next/cache';
import { logError } from '@/lib/log-error';
import { headers } from 'next/headers';
import { db } from '@/db/client';
import { FORBIDDEN, type ActionResult } from '@/lib/auth/action-result';
import { actorOf, guardPlatformAdmin } from '@/lib/auth/guard';
import { clientIpFrom } from '@/lib/client-ip';
import { setPlatformAdmin } from '@/lib/users/platform-admins';
import { formString } from '@/lib/users/user-schemas';
import { platformErrorMessage } from './messages';

/** Grant or revoke platform admin (platform admins). Fields: userId, grant ("true" | "false"). */
export async function setPlatformAdminAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const viewer = await guardPlatformAdmin();
  if (!viewer) return FORBIDDEN;
  const grant = formString(formData, 'grant');
  if (grant !== 'true' && grant !== 'false') return { status: 'error', error: 'invalid', message: 'Choose grant or revoke.' };
  try {
    const ip = clientIpFrom(await headers());
    const r = await setPlatformAdmin(db, formString(formData, 'userId'), grant === 'true', actorOf(viewer, ip));
    if (!r.ok) return { status: 'error', error: r.error === 'notFound' ? 'notFound' : 'invalid', message: platformErrorMessage(r.error, 'revoke') };
    revalidatePath('/admin/users');
    return { status: 'ok', message: !r.changed ? 'No change.' : grant === 'true' ? 'Now a platform admin.' : 'No longer a platform admin.' };
  } catch (e) {
    logError('setPlatformAdminAction failed', e);
    return { status: 'error', error: 'server', message: 'Something went wrong on our side. Reload the page and try again.' };
  }
}
