/**
 * Held deliveries (department suspended, webhook inactive or disabled) go back to the queue
 * when that is lifted: due now, in their original order. Call inside the lifting transaction.
 */
import { sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { scheduleDeliveries, type WakeTarget } from './wake';

export async function resumeHeldDeliveries(
  q: Queryable,
  scope: { webhookId: string } | { departmentId: string },
  now = new Date(),
): Promise<WakeTarget[]> {
  const where = 'webhookId' in scope ? sql`webhook_id = ${scope.webhookId}::uuid` : sql`department_id = ${scope.departmentId}::uuid`;
  const rows = await q.execute<{ id: string; webhook_id: string }>(sql`
    update deliveries set status = case when attempt_count = 0 then 'pending' else 'retrying' end::delivery_status,
           next_attempt_at = ${now.toISOString()}::timestamptz
     where ${where} and status = 'held'
    returning id, webhook_id`);
  const targets = rows.map((r) => ({ id: r.id, webhookId: r.webhook_id }));
  await scheduleDeliveries(q, targets, now);
  return targets;
}
