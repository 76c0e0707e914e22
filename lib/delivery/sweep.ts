/**
 * The Inngest engine's sweep: finds deliveries on the work list that are due and held by
 * nobody (a lost event, a crash whose lease ran out) so they can be requested again. The
 * embedded dispatcher needs no sweep: it claims due rows from the same list directly.
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
    select delivery_id as id, webhook_id from delivery_queue
     where run_at <= ${dueBefore}::timestamptz
       and (lease_until is null or lease_until < ${now.toISOString()}::timestamptz)
     order by run_at
     limit ${opts.limit ?? 1000}`);
  return rows.map((r) => ({ id: r.id, webhookId: r.webhook_id }));
}
