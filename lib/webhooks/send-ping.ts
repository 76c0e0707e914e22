/**
 * A `ping` to one webhook, as GitHub sends on creation and on demand: an outbox event and one
 * delivery, whatever events the webhook subscribes to.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db, Queryable } from '../../db/client';
import { departments, events, webhooks } from '../../db/schema';
import { envelopeVersionOf, type PingEnvelope } from '../delivery/envelope';
import { probeCoolingWebhookNow, scheduleDeliveries, wakeAfterCommit, type WakeTarget } from '../delivery/wake';
import { consumeManualSend } from './manual-send-limit';
import { recordAudit, type Actor } from '../audit/record-audit';

const ZEN = [
  'Una sola solicitud, muchas agencias. / One form, many agencies.',
  'Lo que no se entrega, se reintenta. / What is not delivered is retried.',
  'Verifique la firma antes de confiar. / Verify the signature before you trust.',
];

/** Inside the caller's transaction; returns the delivery to wake after commit. */
export async function planPing(q: Queryable, webhookId: string, now = new Date()): Promise<WakeTarget> {
  const [w] = await q
    .select({ id: webhooks.id, url: webhooks.url, envelopeVersion: webhooks.envelopeVersion, departmentId: departments.id, slug: departments.slug, name: departments.name })
    .from(webhooks)
    .innerJoin(departments, eq(departments.id, webhooks.departmentId))
    .where(eq(webhooks.id, webhookId));
  if (!w) throw new Error(`webhook ${webhookId} not found`);
  const payload: PingEnvelope = {
    type: 'ping',
    version: envelopeVersionOf(w.envelopeVersion),
    timestamp: now.toISOString(),
    data: {
      zen: ZEN[Math.floor(Math.random() * ZEN.length)]!,
      webhook: { id: w.id, url: w.url },
      department: { id: w.departmentId, slug: w.slug, name: w.name },
    },
  };
  const [event] = await q.insert(events).values({ type: 'ping', payload, createdAt: now }).returning({ id: events.id });
  const rows = await q.execute<{ id: string }>(sql`
    insert into deliveries (webhook_id, department_id, event_id, event_type, message_id)
    values (${w.id}::uuid, ${w.departmentId}::uuid, ${event!.id}::uuid, 'ping', 'msg_' || replace(gen_random_uuid()::text, '-', ''))
    returning id`);
  const target = { id: rows[0]!.id, webhookId: w.id };
  await scheduleDeliveries(q, [target], now);
  await probeCoolingWebhookNow(q, w.id, now);
  return target;
}

export async function sendPing(db: Db, departmentId: string, webhookId: string, actor: Actor, now = new Date()) {
  const target = await db.transaction(async (tx) => {
    const [owned] = await tx
      .select({ id: webhooks.id })
      .from(webhooks)
      .where(and(eq(webhooks.id, webhookId), eq(webhooks.departmentId, departmentId)));
    if (!owned) return null;
    const limit = await consumeManualSend(tx, webhookId, now);
    if (!limit.allowed) return { rateLimited: limit.retryAfterSeconds } as const;
    const t = await planPing(tx, webhookId, now);
    await recordAudit(tx, actor, { action: 'webhook.ping', departmentId, targetType: 'webhook', targetId: webhookId });
    return t;
  });
  if (!target) return { ok: false, error: 'notFound' } as const;
  if ('rateLimited' in target) return { ok: false, error: 'rateLimited', retryAfterSeconds: target.rateLimited } as const;
  await wakeAfterCommit([target]);
  return { ok: true, deliveryId: target.id } as const;
}
