'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/db/client';
import { departmentAction } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/auth/action-result';
import { localized } from '@/lib/i18n/locale';
import { setProgramStatus } from '@/lib/programs/set-program-status';

/**
 * Close or reopen a program (department admins). Fields: dept, programId, status ("open" or
 * "closed"). A closed program leaves the public catalog; its leads stay.
 */
export const setProgramStatusAction = departmentAction(
  { name: 'setProgramStatusAction', role: 'admin' },
  async ({ department, actor, locale, m }, formData): Promise<ActionResult> => {
    const programId = formData.get('programId');
    const r = await setProgramStatus(db, department.id, typeof programId === 'string' ? programId : '', formData.get('status'), actor);
    if (!r.ok) {
      return r.error === 'notFound'
        ? { status: 'error', error: 'notFound', message: m.programs.results.notFound }
        : { status: 'error', error: 'invalid', message: m.programs.results.chooseStatus };
    }
    const slug = department.slug;
    revalidatePath(`/dashboard/${slug}/programs`);
    revalidatePath(`/dashboard/${slug}/programs/${typeof programId === 'string' ? programId.toLowerCase() : ''}`);
    const title = localized(locale, r.titleEs, r.titleEn);
    return { status: 'ok', message: r.status === 'closed' ? m.programs.results.closed(title) : m.programs.results.reopened(title) };
  },
);
