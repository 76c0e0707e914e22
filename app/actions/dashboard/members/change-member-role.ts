'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/db/client';
import { departmentAction } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/auth/action-result';
import { changeMemberRole } from '@/lib/users/members';
import { formString, ROLE_LABELS, type MemberRole } from '@/lib/users/user-schemas';

/** Change a member's role (department admins). Fields: dept, userId, role (staff|admin). */
export const changeMemberRoleAction = departmentAction(
  { name: 'changeMemberRoleAction', role: 'admin' },
  async ({ department, actor }, formData): Promise<ActionResult> => {
    const role = formString(formData, 'role');
    const r = await changeMemberRole(db, department.id, formString(formData, 'userId'), { role }, actor);
    if (!r.ok) {
      if (r.error === 'notFound') return { status: 'error', error: 'notFound', message: 'This person is no longer a member of the department.' };
      if (r.error === 'lastAdmin') {
        return { status: 'error', error: 'invalid', message: 'The department needs at least one admin: make someone else admin first.' };
      }
      return { status: 'error', error: 'invalid', message: r.fieldErrors.role ?? 'Choose a role.', fieldErrors: r.fieldErrors };
    }
    revalidatePath(`/dashboard/${department.slug}/members`);
    return { status: 'ok', message: r.changed ? `Role changed to ${ROLE_LABELS[role as MemberRole].toLowerCase()}.` : 'No change.' };
  },
);
