'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { db } from '@/db/client';
import { departmentAction } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/auth/action-result';
import { programErrorTexts } from '@/lib/i18n/program-errors';
import { createProgramWithWebhook } from '@/lib/programs/create-program-with-webhook';
import { urlErrorText } from '@/lib/webhooks/url-error-text';
import { programParse } from './program-form';

export interface CreatedProgram {
  programId: string;
  titleEs: string;
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
export const createProgramAction = departmentAction(
  { name: 'createProgramAction', role: 'admin', parse: programParse },
  async ({ department, actor, input, locale, m }, formData): Promise<ActionResult<CreatedProgram>> => {
    const r = await createProgramWithWebhook(db, department.id, { ...input, webhookUrl: str(formData.get('webhookUrl')), webhookSecret: str(formData.get('webhookSecret')) }, actor);
    if (!r.ok) return { status: 'error', error: 'invalid', message: m.common.errors.checkForm, fieldErrors: programErrorTexts(m, locale, r.fieldErrors, (reason) => urlErrorText(reason, m)) };
    const slug = department.slug;
    revalidatePath(`/dashboard/${slug}/programs`);
    if (!r.webhook) redirect(`/dashboard/${slug}/programs/${r.program.id}?created=1`);
    return {
      status: 'ok',
      message: m.programs.results.createdWithWebhook,
      data: { programId: r.program.id, titleEs: r.program.titleEs, titleEn: r.program.titleEn, webhook: r.webhook },
    };
  },
);
