'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/db/client';
import { departmentAction } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/auth/action-result';
import { userFieldErrors } from '@/lib/i18n/user-errors';
import { changeMemberRole } from '@/lib/users/members';
import { formString, type MemberRole } from '@/lib/users/user-schemas';

/** Change a member's role (department admins). Fields: dept, userId, role (staff|admin). */
export const changeMemberRoleAction = departmentAction(
  { name: 'changeMemberRoleAction', role: 'admin' },
  async ({ department, actor, m }, formData): Promise<ActionResult> => {
    const role = formString(formData, 'role');
    const r = await changeMemberRole(db, department.id, formString(formData, 'userId'), { role }, actor);
    if (!r.ok) {
      if (r.error === 'notFound') return { status: 'error', error: 'notFound', message: m.members.results.notMember };
      if (r.error === 'lastAdmin') {
        return { status: 'error', error: 'invalid', message: m.members.results.lastAdmin };
      }
      return { status: 'error', error: 'invalid', message: m.members.results.chooseRole, fieldErrors: userFieldErrors(m, r.fieldErrors) };
    }
    revalidatePath(`/dashboard/${department.slug}/members`);
    return { status: 'ok', message: r.changed ? m.members.results.roleChanged(m.department.rolesInSentence[role as MemberRole]) : m.members.results.noChange };
  },
);
