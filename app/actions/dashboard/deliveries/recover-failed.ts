'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/db/client';
import { departmentAction } from '@/lib/actions/action';
import { parseLocalDateTime } from '@/lib/time';
import type { ActionResult } from '@/lib/auth/action-result';
import { recoverFailedDeliveries } from '@/lib/webhooks/redeliver';

/** How far back a recover may reach; leads older than this have had their data purged. */
const MAX_DAYS = 30;

const schema = z.object({
  webhookId: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'invalidWebhook'),
  since: z
    .string()
    .transform((v, ctx) => {
      const d = parseLocalDateTime(v);
      if (!d) {
        ctx.addIssue({ code: 'custom', message: 'Enter a date and time.' });
        return z.NEVER;
      }
      return d;
    })
    .refine((d) => d.getTime() <= Date.now(), 'Choose a time in the past.')
    .refine((d) => d.getTime() >= Date.now() - MAX_DAYS * 86_400_000, `Choose a time within the last ${MAX_DAYS} days.`),
});

/** Recover: one more attempt for every FAILED delivery of a webhook created since a time. Admins only. */
export const recoverFailedAction = departmentAction(
  {
    name: 'recoverFailedAction',
    role: 'admin',
    parse: {
      schema,
      input: (formData) => ({ webhookId: formData.get('webhookId') ?? '', since: formData.get('since') ?? '' }),
      invalid: (error) => {
        const fieldErrors: Record<string, string> = {};
        for (const issue of error.issues) {
          const key = String(issue.path[0] ?? 'since');
          fieldErrors[key] ??= key === 'webhookId' ? 'Choose a webhook.' : issue.message;
        }
        return { status: 'error', error: 'invalid', message: 'Check the form.', fieldErrors };
      },
    },
  },
  async ({ department, actor, input: { webhookId, since } }): Promise<ActionResult<{ count: number }>> => {
    const r = await recoverFailedDeliveries(db, department.id, webhookId.toLowerCase(), since, actor);
    if (!r.ok) return { status: 'error', error: 'notFound', message: 'No such webhook in this department.' };
    revalidatePath(`/dashboard/${department.slug}/deliveries`);
    const n = r.count;
    return {
      status: 'ok',
      data: { count: n },
      message: n === 0 ? 'No failed deliveries since then: nothing to recover.' : `Queued ${n} failed ${n === 1 ? 'delivery' : 'deliveries'} for one more attempt.`,
    };
  },
);
