/**
 * The sweep: finds deliveries that are due, unfinished and held by nobody (a lost job, a lost
 * Inngest event, a worker killed mid-request whose lease ran out) so an engine can wake them.
 * Postgres is the source of truth; this is what makes "no lead is ever lost" hold.
 */
import { sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import type { WakeTarget } from './wake';

export const SWEEP_INTERVAL_MS = 30_000;
/** A due delivery is normally picked up within milliseconds; past this it is presumed lost. */
export const SWEEP_GRACE_MS = 20_000;

export async function findLostDeliveries(
  q: Queryable,
  now = new Date(),
  opts: { graceMs?: number; limit?: number } = {},
): Promise<WakeTarget[]> {
  const dueBefore = new Date(now.getTime() - (opts.graceMs ?? SWEEP_GRACE_MS)).toISOString();
  const rows = await q.execute<{ id: string; webhook_id: string }>(sql`
    select id, webhook_id from deliveries
     where status in ('pending', 'retrying')
       and next_attempt_at <= ${dueBefore}::timestamptz
       and (locked_until is null or locked_until < ${now.toISOString()}::timestamptz)
     order by next_attempt_at
     limit ${opts.limit ?? 1000}`);
  return rows.map((r) => ({ id: r.id, webhookId: r.webhook_id }));
}
