'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { db } from '@/db/client';
import { FORBIDDEN, type ActionResult } from '@/lib/auth/action-result';
import { actorOf, guardDepartment } from '@/lib/auth/guard';
import { clientIpFrom } from '@/lib/client-ip';
import { programFieldErrors, programInputSchema, programValuesFromFormData } from '@/lib/programs/program-schema';
import { updateProgram } from '@/lib/programs/update-program';

/**
 * Edit a program (department admins). Fields: dept, programId, titleEs, titleEn, summaryEs,
 * summaryEn, descriptionEs, descriptionEn, kind. The slug never changes.
 */
export async function updateProgramAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const g = await guardDepartment(formData.get('dept'), 'admin');
  if (!g) return FORBIDDEN;
  const parsed = programInputSchema.safeParse(programValuesFromFormData(formData));
  if (!parsed.success) return { status: 'error', error: 'invalid', message: 'Check the highlighted fields.', fieldErrors: programFieldErrors(parsed.error) as Record<string, string> };

  const programId = formData.get('programId');
  const ip = clientIpFrom(await headers());
  const r = await updateProgram(db, g.department.id, typeof programId === 'string' ? programId : '', parsed.data, actorOf(g.viewer, ip));
  if (!r.ok) {
    return r.error === 'notFound'
      ? { status: 'error', error: 'notFound', message: 'This program does not exist in this department.' }
      : { status: 'error', error: 'invalid', message: 'Check the highlighted fields.', fieldErrors: r.fieldErrors as Record<string, string> };
  }
  const slug = g.department.slug;
  revalidatePath(`/dashboard/${slug}/programs`);
  revalidatePath(`/dashboard/${slug}/programs/${r.program.id}`);
  return { status: 'ok', message: r.changed.length === 0 ? 'Nothing to save: no field changed.' : 'Changes saved.' };
}
