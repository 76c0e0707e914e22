'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { db } from '@/db/client';
import { FORBIDDEN, type ActionResult } from '@/lib/auth/action-result';
import { actorOf, guardDepartment } from '@/lib/auth/guard';
import { clientIpFrom } from '@/lib/client-ip';
import { createProgramWithWebhook } from '@/lib/programs/create-program-with-webhook';
import { programFieldErrors, programInputSchema, programValuesFromFormData } from '@/lib/programs/program-schema';

export interface CreatedProgram {
  programId: string;
  titleEn: string;
  /** Only when the form asked for a webhook: its secret, shown this once. */
  webhook: { id: string; url: string; secret: string } | null;
}

const str = (v: FormDataEntryValue | null) => (typeof v === 'string' ? v : '');

/**
 * New program (department admins). Fields: dept, titleEs, titleEn, summaryEs, summaryEn,
 * descriptionEs, descriptionEn, kind, and optionally webhookUrl + webhookSecret for a webhook
 * covering just this program. Without a webhook it redirects to the new program's page; with
 * one it answers with the webhook's secret so the form can show it once.
 */
export async function createProgramAction(_prev: ActionResult<CreatedProgram>, formData: FormData): Promise<ActionResult<CreatedProgram>> {
  const g = await guardDepartment(formData.get('dept'), 'admin');
  if (!g) return FORBIDDEN;
  const parsed = programInputSchema.safeParse(programValuesFromFormData(formData));
  if (!parsed.success) return { status: 'error', error: 'invalid', message: 'Check the highlighted fields.', fieldErrors: programFieldErrors(parsed.error) as Record<string, string> };

  const ip = clientIpFrom(await headers());
  const r = await createProgramWithWebhook(
    db,
    g.department.id,
    { ...parsed.data, webhookUrl: str(formData.get('webhookUrl')), webhookSecret: str(formData.get('webhookSecret')) },
    actorOf(g.viewer, ip),
  );
  if (!r.ok) return { status: 'error', error: 'invalid', message: 'Check the highlighted fields.', fieldErrors: r.fieldErrors };

  const slug = g.department.slug;
  revalidatePath(`/dashboard/${slug}/programs`);
  if (!r.webhook) redirect(`/dashboard/${slug}/programs/${r.program.id}?created=1`);
  return {
    status: 'ok',
    message: 'Program created, with its webhook.',
    data: { programId: r.program.id, titleEn: r.program.titleEn, webhook: r.webhook },
  };
}
