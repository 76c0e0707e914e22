'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/db/client';
import { departmentAction } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/auth/action-result';
import { revokeInvitation } from '@/lib/users/invitations';
import { formString } from '@/lib/users/user-schemas';

/** Revoke a pending invitation (department admins): its link stops working. Fields: dept, invitationId. */
export const revokeInvitationAction = departmentAction(
  { name: 'revokeInvitationAction', role: 'admin' },
  async ({ department, actor, m }, formData): Promise<ActionResult> => {
    const r = await revokeInvitation(db, department.id, formString(formData, 'invitationId'), actor);
    if (!r.ok) return { status: 'error', error: 'notFound', message: m.members.results.invitationGone };
    revalidatePath(`/dashboard/${department.slug}/members`);
    return { status: 'ok', message: m.members.results.revoked };
  },
);
