'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/db/client';
import { departmentAction } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/auth/action-result';
import { setProgramStatus } from '@/lib/programs/set-program-status';

/**
 * Close or reopen a program (department admins). Fields: dept, programId, status ("open" or
 * "closed"). A closed program leaves the public catalog; its leads stay.
 */
export const setProgramStatusAction = departmentAction(
  { name: 'setProgramStatusAction', role: 'admin' },
  async ({ department, actor }, formData): Promise<ActionResult> => {
    const programId = formData.get('programId');
    const r = await setProgramStatus(db, department.id, typeof programId === 'string' ? programId : '', formData.get('status'), actor);
    if (!r.ok) {
      return r.error === 'notFound'
        ? { status: 'error', error: 'notFound', message: 'This program does not exist in this department.' }
        : { status: 'error', error: 'invalid', message: 'Choose open or closed.' };
    }
    const slug = department.slug;
    revalidatePath(`/dashboard/${slug}/programs`);
    revalidatePath(`/dashboard/${slug}/programs/${typeof programId === 'string' ? programId.toLowerCase() : ''}`);
    return { status: 'ok', message: r.status === 'closed' ? `“${r.title}” is closed.` : `“${r.title}” is open again.` };
  },
);
