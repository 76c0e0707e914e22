'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { db } from '@/db/client';
import { departmentAction } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/auth/action-result';
import { removeMember } from '@/lib/users/members';
import { formString } from '@/lib/users/user-schemas';

/**
 * Remove a member (department admins); they lose access on their next request. Fields: dept,
 * userId. An admin who removes themselves is sent to their dashboard home.
 */
export const removeMemberAction = departmentAction(
  { name: 'removeMemberAction', role: 'admin' },
  async ({ department, viewer, actor, m }, formData): Promise<ActionResult> => {
    const userId = formString(formData, 'userId');
    const r = await removeMember(db, department.id, userId, actor);
    if (!r.ok) {
      if (r.error === 'lastAdmin') return { status: 'error', error: 'invalid', message: m.members.results.lastAdmin };
      return { status: 'error', error: 'notFound', message: m.members.results.notMember };
    }
    revalidatePath(`/dashboard/${department.slug}/members`);
    if (userId.toLowerCase() === viewer.userId) redirect('/dashboard');
    return { status: 'ok', message: m.members.results.removed };
  },
);
