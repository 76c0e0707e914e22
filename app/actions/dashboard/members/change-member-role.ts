'use server';

import { revalidatePath } from 'next/cache';
import { logError } from '@/lib/log-error';
import { headers } from 'next/headers';
import { db } from '@/db/client';
import { FORBIDDEN, type ActionResult } from '@/lib/auth/action-result';
import { actorOf, guardDepartment } from '@/lib/auth/guard';
import { clientIpFrom } from '@/lib/client-ip';
import { changeMemberRole } from '@/lib/users/members';
import { formString, ROLE_LABELS, type MemberRole } from '@/lib/users/user-schemas';

/** Change a member's role (department admins). Fields: dept, userId, role (staff|admin). */
export async function changeMemberRoleAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const g = await guardDepartment(formData.get('dept'), 'admin');
  if (!g) return FORBIDDEN;
  try {
    const ip = clientIpFrom(await headers());
    const role = formString(formData, 'role');
    const r = await changeMemberRole(db, g.department.id, formString(formData, 'userId'), { role }, actorOf(g.viewer, ip));
    if (!r.ok) {
      if (r.error === 'notFound') return { status: 'error', error: 'notFound', message: 'This person is no longer a member of the department.' };
      if (r.error === 'lastAdmin') {
        return { status: 'error', error: 'invalid', message: 'The department needs at least one admin: make someone else admin first.' };
      }
      return { status: 'error', error: 'invalid', message: r.fieldErrors.role ?? 'Choose a role.', fieldErrors: r.fieldErrors };
    }
    revalidatePath(`/dashboard/${g.department.slug}/members`);
    return { status: 'ok', message: r.changed ? `Role changed to ${ROLE_LABELS[role as MemberRole].toLowerCase()}.` : 'No change.' };
  } catch (e) {
    logError('changeMemberRoleAction failed', e);
    return { status: 'error', error: 'server', message: 'Something went wrong on our side. Reload the page and try again.' };
  }
}
