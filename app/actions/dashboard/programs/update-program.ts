'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/db/client';
import { departmentAction } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/auth/action-result';
import { programErrorTexts } from '@/lib/i18n/program-errors';
import { updateProgram } from '@/lib/programs/update-program';
import { programParse } from './program-form';

/**
 * Edit a program (department admins). Fields: dept, programId, titleEs, titleEn, summaryEs,
 * summaryEn, descriptionEs, descriptionEn, kind. The slug never changes.
 */
export const updateProgramAction = departmentAction(
  { name: 'updateProgramAction', role: 'admin', parse: programParse },
  async ({ department, actor, input, locale, m }, formData): Promise<ActionResult> => {
    const programId = formData.get('programId');
    const r = await updateProgram(db, department.id, typeof programId === 'string' ? programId : '', input, actor);
    if (!r.ok) {
      return r.error === 'notFound'
        ? { status: 'error', error: 'notFound', message: m.programs.results.notFound }
        : { status: 'error', error: 'invalid', message: m.common.errors.checkForm, fieldErrors: programErrorTexts(m, locale, r.fieldErrors as Record<string, string>) };
    }
    const slug = department.slug;
    revalidatePath(`/dashboard/${slug}/programs`);
    revalidatePath(`/dashboard/${slug}/programs/${r.program.id}`);
    return { status: 'ok', message: r.changed.length === 0 ? m.programs.results.nothingToSave : m.programs.results.saved };
  },
);
