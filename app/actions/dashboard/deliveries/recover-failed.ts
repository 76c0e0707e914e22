'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { z } from 'zod';
import { db } from '@/db/client';
import { localDateTimeToDate } from '@/db/queries/deliveries';
import { FORBIDDEN, type ActionResult } from '@/lib/auth/action-result';
import { actorOf, guardDepartment } from '@/lib/auth/guard';
import { clientIpFrom } from '@/lib/client-ip';
import { recoverFailedDeliveries } from '@/lib/webhooks/redeliver';

/** How far back a recover may reach; leads older than this have had their data purged. */
const MAX_DAYS = 30;

const input = z.object({
  webhookId: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'invalidWebhook'),
  since: z
    .string()
    .transform((v, ctx) => {
      const d = localDateTimeToDate(v.trim());
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
export async function recoverFailedAction(_prev: ActionResult<{ count: number }>, formData: FormData): Promise<ActionResult<{ count: number }>> {
  const g = await guardDepartment(formData.get('dept'), 'admin');
  if (!g) return FORBIDDEN;
  const parsed = input.safeParse({ webhookId: formData.get('webhookId') ?? '', since: formData.get('since') ?? '' });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? 'since');
      fieldErrors[key] ??= key === 'webhookId' ? 'Choose a webhook.' : issue.message;
    }
    return { status: 'error', error: 'invalid', message: 'Check the form.', fieldErrors };
  }
  const ip = clientIpFrom(await headers());
  const r = await recoverFailedDeliveries(db, g.department.id, parsed.data.webhookId.toLowerCase(), parsed.data.since, actorOf(g.viewer, ip));
  if (!r.ok) return { status: 'error', error: 'notFound', message: 'No such webhook in this department.' };
  revalidatePath(`/dashboard/${g.department.slug}/deliveries`);
  const n = r.count;
  return {
    status: 'ok',
    data: { count: n },
    message: n === 0 ? 'No failed deliveries since then: nothing to recover.' : `Queued ${n} failed ${n === 1 ? 'delivery' : 'deliveries'} for one more attempt.`,
  };
}
