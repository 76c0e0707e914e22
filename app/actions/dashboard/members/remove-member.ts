'use server';

import { revalidatePath } from 'next/cache';
import { logError } from '@/lib/log-error';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { db } from '@/db/client';
import { FORBIDDEN, type ActionResult } from '@/lib/auth/action-result';
import { actorOf, guardDepartment } from '@/lib/auth/guard';
import { clientIpFrom } from '@/lib/client-ip';
import { removeMember } from '@/lib/users/members';
import { formString } from '@/lib/users/user-schemas';

/**
 * Remove a member (department admins); they lose access on their next request. Fields: dept,
 * userId. An admin who removes themselves is sent to their dashboard home.
 */
export async function removeMemberAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const g = await guardDepartment(formData.get('dept'), 'admin');
  if (!g) return FORBIDDEN;
  const userId = formString(formData, 'userId');
  try {
    const ip = clientIpFrom(await headers());
    const r = await removeMember(db, g.department.id, userId, actorOf(g.viewer, ip));
    if (!r.ok) {
      if (r.error === 'lastAdmin') return { status: 'error', error: 'invalid', message: 'The department needs at least one admin: make someone else admin first.' };
      return { status: 'error', error: 'notFound', message: 'This person is no longer a member of the department.' };
    }
  } catch (e) {
    logError('removeMemberAction failed', e);
    return { status: 'error', error: 'server', message: 'Something went wrong on our side. Reload the page and try again.' };
  }
  revalidatePath(`/dashboard/${g.department.slug}/members`);
  if (userId.toLowerCase() === g.viewer.userId) redirect('/dashboard');
  return { status: 'ok', message: 'Member removed. They no longer have access to this department.' };
}
