'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { db } from '@/db/client';
import { FORBIDDEN, type ActionResult } from '@/lib/auth/action-result';
import { actorOf, guardDepartment } from '@/lib/auth/guard';
import { clientIpFrom } from '@/lib/client-ip';
import { setProgramStatus } from '@/lib/programs/set-program-status';

/**
 * Close or reopen a program (department admins). Fields: dept, programId, status ("open" or
 * "closed"). A closed program leaves the public catalog; its leads stay.
 */
export async function setProgramStatusAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const g = await guardDepartment(formData.get('dept'), 'admin');
  if (!g) return FORBIDDEN;
  const programId = formData.get('programId');
  const ip = clientIpFrom(await headers());
  const r = await setProgramStatus(db, g.department.id, typeof programId === 'string' ? programId : '', formData.get('status'), actorOf(g.viewer, ip));
  if (!r.ok) {
    return r.error === 'notFound'
      ? { status: 'error', error: 'notFound', message: 'This program does not exist in this department.' }
      : { status: 'error', error: 'invalid', message: 'Choose open or closed.' };
  }
  const slug = g.department.slug;
  revalidatePath(`/dashboard/${slug}/programs`);
  revalidatePath(`/dashboard/${slug}/programs/${typeof programId === 'string' ? programId.toLowerCase() : ''}`);
  return { status: 'ok', message: r.status === 'closed' ? `“${r.title}” is closed.` : `“${r.title}” is open again.` };
}
