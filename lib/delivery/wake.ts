/**
 * Making delivery work due, for whichever engine runs. Postgres holds what must be delivered:
 * `scheduleDeliveries` writes the work-list rows (delivery_queue) in the caller's transaction,
 * so they exist if and only if the change that made the deliveries due commits; a trigger then
 * NOTIFYs the embedded dispatchers at commit. Inngest is also sent an event after commit; if
 * that send is lost, its sweep re-requests the delivery from the work list.
 */
import { sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { engineKind } from '../env';

export interface WakeTarget {
  id: string;
  webhookId?: string;
  runAt?: Date;
}

/**
 * Makes each delivery due at `runAt` (default now). A delivery already on the work list keeps
 * the earlier of the two times, and one held by an attempt in flight is left alone: it cannot
 * be sent twice at once.
 */
export async function scheduleDeliveries(q: Queryable, targets: WakeTarget[], now: Date = new Date()): Promise<void> {
  if (targets.length === 0) return;
  const rows = targets.map((t) => ({ id: t.id, webhook_id: t.webhookId ?? null, run_at: (t.runAt ?? now).toISOString() }));
  await q.execute(sql`
    insert into delivery_queue (delivery_id, webhook_id, run_at)
    select x.id, coalesce(x.webhook_id, (select d.webhook_id from deliveries d where d.id = x.id)), x.run_at
      from json_to_recordset(${JSON.stringify(rows)}::json) as x(id uuid, webhook_id uuid, run_at timestamptz)
    on conflict (delivery_id) do update set run_at = least(delivery_queue.run_at, excluded.run_at), lease_until = null
     where delivery_queue.lease_until is null or delivery_queue.lease_until < ${now.toISOString()}::timestamptz`);
}

export interface WakeContext {
  /** Set when the deliveries were planned for a new lead: Inngest fans out from `lead/created`. */
  leadEventId?: string;
}

type AfterCommitSender = (targets: WakeTarget[], ctx: WakeContext) => Promise<void>;
let inngestSender: AfterCommitSender | undefined;

/** The Inngest adapter registers itself here, keeping lib/ free of an inngest/ import cycle. */
export function registerAfterCommitSender(sender: AfterCommitSender): void {
  inngestSender = sender;
}

/** After the transaction that planned deliveries has committed. Never throws: the sweep is the safety net. */
export async function wakeAfterCommit(targets: WakeTarget[], ctx: WakeContext = {}): Promise<void> {
  if (targets.length === 0 || engineKind() !== 'inngest' || !inngestSender) return;
  try {
    await inngestSender(targets, ctx);
  } catch (e) {
    console.warn(`could not send ${targets.length} delivery event(s) to Inngest; the sweep will retry:`, e instanceof Error ? e.message : e);
  }
}

/**
 * A person asked for a send (redeliver, ping) to a webhook whose breaker is open: probe it now
 * rather than at the next scheduled probe. They have usually just fixed their endpoint.
 */
export async function probeCoolingWebhookNow(q: Queryable, webhookId: string, now: Date = new Date()): Promise<void> {
  await q.execute(sql`
    update webhooks set next_probe_at = ${now.toISOString()}::timestamptz
     where id = ${webhookId}::uuid and next_probe_at > ${now.toISOString()}::timestamptz`);
}
