/**
 * Manual controls over deliveries: redeliver one (a new attempt under the same webhook-id,
 * like GitHub's Redeliver) and recover every failed delivery of a webhook since a time (like
 * Svix's recover). On a delivery that is already final (delivered or failed) each is a single
 * one-off attempt and the retry schedule is not restarted. On a delivery that is still being
 * retried, a redeliver is just an early try: if it fails, the schedule carries on
 * ('manual-continue', recorded on the attempt as 'manual'). A delivery whose event the
 * retention job has purged cannot be sent again.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { recordAudit, type Actor } from '../audit/record-audit';
import { probeCoolingWebhookNow, scheduleDeliveries, wakeAfterCommit } from '../delivery/wake';
import { consumeManualSend } from './manual-send-limit';

export async function redeliverDelivery(db: Db, departmentId: string, deliveryId: string, actor: Actor, now = new Date()) {
  const target = await db.transaction(async (tx) => {
    // An attempt already on the wire finishes first: the same delivery is never sent twice at once.
    const [current] = await tx.execute<{ webhook_id: string; in_flight: boolean }>(sql`
      select d.webhook_id, exists (select 1 from delivery_queue dq where dq.delivery_id = d.id and dq.lease_until > ${now.toISOString()}::timestamptz) as in_flight
        from deliveries d where d.id = ${deliveryId}::uuid and d.department_id = ${departmentId}::uuid`);
    if (!current) return null;
    if (current.in_flight) return 'inFlight' as const;
    const limit = await consumeManualSend(tx, current.webhook_id, now);
    if (!limit.allowed) return { rateLimited: limit.retryAfterSeconds } as const;
    const rows = await tx.execute<{ id: string; webhook_id: string }>(sql`
      update deliveries set status = case when attempt_count = 0 then 'pending' else 'retrying' end::delivery_status,
             next_attempt_at = ${now.toISOString()}::timestamptz,
             pending_trigger = case when status in ('pending', 'retrying') then 'manual-continue' else 'manual' end
       where id = ${deliveryId}::uuid and department_id = ${departmentId}::uuid
         and not exists (select 1 from events e where e.id = deliveries.event_id and e.purged_at is not null)
      returning id, webhook_id`);
    const row = rows[0];
    if (!row) {
      // The retention job removed what was sent (docs/decisions/009-retention.md): nothing to send again.
      const purged = await tx.execute(sql`
        select 1 from deliveries d join events e on e.id = d.event_id
         where d.id = ${deliveryId}::uuid and d.department_id = ${departmentId}::uuid and e.purged_at is not null`);
      return purged.length > 0 ? ('purged' as const) : null;
    }
    const t = { id: row.id, webhookId: row.webhook_id };
    await scheduleDeliveries(tx, [t], now);
    await probeCoolingWebhookNow(tx, row.webhook_id, now);
    await recordAudit(tx, actor, { action: 'delivery.redelivered', departmentId, targetType: 'delivery', targetId: deliveryId });
    return t;
  });
  if (target === 'purged') return { ok: false, error: 'purged' } as const;
  if (target === 'inFlight') return { ok: false, error: 'inFlight' } as const;
  if (!target) return { ok: false, error: 'notFound' } as const;
  if ('rateLimited' in target) return { ok: false, error: 'rateLimited', retryAfterSeconds: target.rateLimited } as const;
  await wakeAfterCommit([target]);
  return { ok: true, deliveryId: target.id } as const;
}

export async function recoverFailedDeliveries(db: Db, departmentId: string, webhookId: string, since: Date, actor: Actor, now = new Date()) {
  const targets = await db.transaction(async (tx) => {
    const owned = await tx.execute(sql`select 1 from webhooks where id = ${webhookId}::uuid and department_id = ${departmentId}::uuid`);
    if (owned.length === 0) return null;
    const rows = await tx.execute<{ id: string }>(sql`
      update deliveries set status = 'retrying', next_attempt_at = ${now.toISOString()}::timestamptz, pending_trigger = 'recover'
       where webhook_id = ${webhookId}::uuid and status = 'failed' and created_at >= ${since.toISOString()}::timestamptz
         and not exists (select 1 from events e where e.id = deliveries.event_id and e.purged_at is not null)
      returning id`);
    const ts = rows.map((r) => ({ id: r.id, webhookId }));
    await scheduleDeliveries(tx, ts, now);
    await recordAudit(tx, actor, {
      action: 'webhook.recovered',
      departmentId,
      targetType: 'webhook',
      targetId: webhookId,
      details: { since: since.toISOString(), deliveries: ts.length },
    });
    return ts;
  });
  if (!targets) return { ok: false, error: 'notFound' } as const;
  await wakeAfterCommit(targets);
  return { ok: true, count: targets.length } as const;
}
