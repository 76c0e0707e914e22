'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/db/client';
import { departmentAction } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/auth/action-result';
import { staffMessages } from '@/lib/i18n/staff';
import { parseLocalDateTime } from '@/lib/time';
import { RECOVER_MAX_DAYS, recoverSinceProblem } from '@/lib/webhooks/recover-window';
import { recoverFailedDeliveries } from '@/lib/webhooks/redeliver';

const schema = z.object({
  webhookId: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i),
  since: z
    .string()
    .transform((v, ctx) => {
      const d = parseLocalDateTime(v);
      if (!d) {
        ctx.addIssue({ code: 'custom', message: 'invalidSince' });
        return z.NEVER;
      }
      return d;
    })
    .superRefine((d, ctx) => {
      const problem = recoverSinceProblem(d);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
});

/**
 * Recover: one more attempt for every FAILED delivery of a webhook created since a time
 * (department admins), from the webhook page and the deliveries page. Fields: dept, webhookId,
 * since (the app's date-time input, Puerto Rico time).
 */
export const recoverFailedAction = departmentAction(
  {
    name: 'recoverFailedAction',
    role: 'admin',
    parse: {
      schema,
      input: (formData) => ({ webhookId: formData.get('webhookId') ?? '', since: formData.get('since') ?? '' }),
      invalid: (error, locale) => {
        const t = staffMessages(locale).recover.errors;
        const fieldErrors: Record<string, string> = {};
        for (const issue of error.issues) {
          const key = String(issue.path[0] ?? 'since');
          if (key === 'webhookId') return { status: 'error', error: 'notFound', message: t.notFound };
          fieldErrors[key] ??= issue.message === 'tooOld' ? t.tooOld(RECOVER_MAX_DAYS) : issue.message === 'future' ? t.future : t.invalidSince;
        }
        return { status: 'error', error: 'invalid', message: t.checkDate, fieldErrors };
      },
    },
  },
  async ({ department, actor, m, input: { webhookId, since } }): Promise<ActionResult<{ count: number }>> => {
    const r = await recoverFailedDeliveries(db, department.id, webhookId.toLowerCase(), since, actor);
    if (!r.ok) return { status: 'error', error: 'notFound', message: m.recover.errors.notFound };
    revalidatePath(`/dashboard/${department.slug}/deliveries`);
    revalidatePath(`/dashboard/${department.slug}/webhooks`);
    return { status: 'ok', data: { count: r.count }, message: r.count === 0 ? m.recover.none : m.recover.queued(r.count) };
  },
);
