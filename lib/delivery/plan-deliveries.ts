/**
 * Plans one delivery per subscribed webhook for an outbox event, inside the caller's
 * transaction, and returns the ones to send. Only webhooks of APPROVED departments are considered; a
 * webhook covers the event when it wants the event type and covers one of its programs.
 * One event reaches one webhook at most once, whatever the number of its programs.
 */
import { sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';

export interface PlannedDelivery {
  id: string;
  webhookId: string;
  departmentId: string;
}

export async function planDeliveries(
  q: Queryable,
  event: { id: string; type: string },
  programIds: string[],
  now: Date = new Date(),
): Promise<PlannedDelivery[]> {
  if (programIds.length === 0) return [];
  const ids = sql.join(programIds.map((p) => sql`${p}::uuid`), sql`, `);
  // A webhook that is disabled or inactive gets a `skipped` delivery instead: visible in its log,
  // never sent unless someone replays it after re-enabling (lib/webhooks/replay-missing.ts).
  const rows = await q.execute<{ id: string; webhook_id: string; department_id: string; status: string }>(sql`
    insert into deliveries (webhook_id, department_id, event_id, event_type, message_id, status, next_attempt_at, last_error, created_at)
    select w.id, w.department_id, ${event.id}::uuid, ${event.type},
           'msg_' || replace(gen_random_uuid()::text, '-', ''),
           case when w.active and w.disabled_at is null then 'pending' else 'skipped' end::delivery_status,
           case when w.active and w.disabled_at is null then ${now.toISOString()}::timestamptz end,
           case when w.disabled_at is not null then 'Not sent: the webhook was disabled when this event happened.'
                when not w.active then 'Not sent: the webhook was inactive when this event happened.' end,
           ${now.toISOString()}::timestamptz
      from webhooks w
      join departments d on d.id = w.department_id and d.status = 'approved'
     where (${event.type} = any(w.events) or '*' = any(w.events))
       and (
         (w.all_programs and exists (
            select 1 from programs p where p.department_id = w.department_id and p.id in (${ids})))
         or exists (
            select 1 from webhook_programs wp where wp.webhook_id = w.id and wp.program_id in (${ids}))
       )
    on conflict (webhook_id, event_id) do nothing
    returning id, webhook_id, department_id, status`);
  return rows
    .filter((r) => r.status === 'pending')
    .map((r) => ({ id: r.id, webhookId: r.webhook_id, departmentId: r.department_id }));
}
