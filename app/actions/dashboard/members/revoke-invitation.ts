'use server';

import { revalidatePath } from 'next/cache';
import { logError } from '@/lib/log-error';
import { headers } from 'next/headers';
import { db } from '@/db/client';
import { FORBIDDEN, type ActionResult } from '@/lib/auth/action-result';
import { actorOf, guardDepartment } from '@/lib/auth/guard';
import { clientIpFrom } from '@/lib/client-ip';
import { revokeInvitation } from '@/lib/users/invitations';
import { formString } from '@/lib/users/user-schemas';

/** Revoke a pending invitation (department admins): its link stops working. Fields: dept, invitationId. */
export async function revokeInvitationAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const g = await guardDepartment(formData.get('dept'), 'admin');
  if (!g) return FORBIDDEN;
  try {
    const ip = clientIpFrom(await headers());
    const r = await revokeInvitation(db, g.department.id, formString(formData, 'invitationId'), actorOf(g.viewer, ip));
    if (!r.ok) return { status: 'error', error: 'notFound', message: 'This invitation is no longer pending: it was used, revoked or has expired.' };
    revalidatePath(`/dashboard/${g.department.slug}/members`);
    return { status: 'ok', message: 'Invitation revoked: its link no longer works.' };
  } catch (e) {
    logError('revokeInvitationAction failed', e);
    return { status: 'error', error: 'server', message: 'Something went wrong on our side. Reload the page and try again.' };
  }
}
