/**
 * Replay missing (Svix's name): the events that arrived while a webhook was disabled or
 * inactive were planned as `skipped` deliveries. Once it is enabled again, its department can
 * send them, each once: a replayed delivery is pending again and no longer skipped, so a second
 * replay finds nothing. Events the retention job has purged are left as they are.
 */
import { sql } from 'drizzle-orm';
import type { Db, Queryable } from '../../db/client';
import { recordAudit, type Actor } from '../audit/record-audit';
import { scheduleDeliveries, wakeAfterCommit } from '../delivery/wake';

/** How many skipped deliveries of this webhook could be replayed, and since when. */
export async function countMissingDeliveries(q: Queryable, webhookId: string): Promise<{ count: number; since: string | null }> {
  const [row] = await q.execute<{ count: number; since_ms: string | null }>(sql`
    select count(*)::int as count, (extract(epoch from min(d.created_at)) * 1000)::bigint::text as since_ms
      from deliveries d join events e on e.id = d.event_id
     where d.webhook_id = ${webhookId}::uuid and d.status = 'skipped' and e.purged_at is null`);
  return { count: row?.count ?? 0, since: row?.since_ms ? new Date(Number(row.since_ms)).toISOString() : null };
}

export async function replayMissingDeliveries(db: Db, departmentId: string, webhookId: string, actor: Actor, now = new Date()) {
  const result = await db.transaction(async (tx) => {
    const [w] = await tx.execute<{ active: boolean; disabled: boolean }>(sql`
      select active, disabled_at is not null as disabled from webhooks
       where id = ${webhookId}::uuid and department_id = ${departmentId}::uuid
       for update`);
    if (!w) return null;
    if (!w.active || w.disabled) return 'disabled' as const;
    const rows = await tx.execute<{ id: string }>(sql`
      update deliveries set status = 'pending', next_attempt_at = ${now.toISOString()}::timestamptz, last_error = null, pending_trigger = 'auto'
       where webhook_id = ${webhookId}::uuid and status = 'skipped'
         and not exists (select 1 from events e where e.id = deliveries.event_id and e.purged_at is not null)
      returning id`);
    // All due now; an ordered webhook still receives them in the order they happened (its claim goes one at a time).
    const targets = rows.map((r) => ({ id: r.id, webhookId }));
    await scheduleDeliveries(tx, targets, now);
    await recordAudit(tx, actor, {
      action: 'webhook.replayed_missing',
      departmentId,
      targetType: 'webhook',
      targetId: webhookId,
      details: { deliveries: targets.length },
    });
    return targets;
  });
  if (!result) return { ok: false, error: 'notFound' } as const;
  if (result === 'disabled') return { ok: false, error: 'disabled' } as const;
  await wakeAfterCommit(result);
  return { ok: true, count: result.length } as const;
}
