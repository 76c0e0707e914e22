/**
 * Waking delivery work up, for whichever engine runs. Postgres holds what must be delivered;
 * this only tells an engine to look now (or at `runAt`). Embedded: a graphile-worker job is
 * added in the caller's transaction, so it exists if and only if the delivery does. Inngest:
 * an event is sent after commit; if that send is lost, the sweep re-wakes the delivery.
 */
import { sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { engineKind } from '../env';

export const DELIVER_TASK = 'deliver';
export const jobKeyFor = (deliveryId: string) => `delivery:${deliveryId}`;

export interface WakeTarget {
  id: string;
  webhookId?: string;
  runAt?: Date;
}

/** Adds one job per delivery (replacing a queued one for the same delivery) inside `q`'s transaction. */
export async function enqueueDeliveryJobs(q: Queryable, targets: WakeTarget[]): Promise<void> {
  if (targets.length === 0 || engineKind() !== 'embedded') return;
  const specs = targets.map((t) => ({
    identifier: DELIVER_TASK,
    payload: { deliveryId: t.id },
    run_at: (t.runAt ?? new Date()).toISOString(),
    max_attempts: 3,
    job_key: jobKeyFor(t.id),
  }));
  await q.execute(sql`
    select graphile_worker.add_jobs(
      array(select json_populate_record(null::graphile_worker.job_spec, x)
              from json_array_elements(${JSON.stringify(specs)}::json) x),
      false)`);
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
