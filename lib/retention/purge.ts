/**
 * The retention job: removes personal data older than PUENTE_RETENTION_DAYS, keeps the
 * metadata (docs/decisions/009-retention.md).
 *
 * - A lead is anonymised, not deleted: its personal fields are blanked and `purged_at` set,
 *   so the reference, programs, dates and delivery log stay for counts and audits.
 * - An event's payload (the lead as sent) becomes `{}` and `purged_at` is set; the request and
 *   response bodies of its attempts are nulled. Status, times, codes, URLs and headers stay.
 * - Nothing a delivery still needs is touched: a lead or event with a delivery still pending
 *   or retrying waits for the next run (the retry schedule ends ~28 h after creation). Held
 *   deliveries (suspended department, disabled webhook) older than the window are given up as
 *   failed first, so no data outlives the window just because a receiver was switched off.
 *
 * Work goes in batches, one transaction each, oldest first (`leads_unpurged_idx`,
 * `events_unpurged_idx`); rows another run has locked are skipped. The run ends with ONE
 * audit entry, 'retention.purged', with the counts. Running it again purges nothing more.
 */
import { sql } from 'drizzle-orm';
import type { Db, Queryable } from '../../db/client';
import { recordAudit, SYSTEM_ACTOR, type Actor } from '../audit/record-audit';

export const RETENTION_AUDIT_ACTION = 'retention.purged';
const DAY_MS = 86_400_000;
const UNFINISHED = sql`('pending', 'retrying', 'held')`;
const IN_FLIGHT = sql`('pending', 'retrying')`;

export interface PurgeOptions {
  /** The test clock; defaults to the current time. */
  now?: Date;
  /** Keep this many days; older data is purged. */
  days: number;
  /** Rows per transaction (default 500). */
  batchSize?: number;
  actor?: Actor;
}

export interface PurgeCounts {
  days: number;
  /** Everything created before this (ISO) was in scope. */
  cutoff: string;
  /** Leads whose personal fields were blanked. */
  leads: number;
  /** Outbox events whose payload was removed. */
  events: number;
  /** Delivery attempts whose request and/or response body was removed. */
  attempts: number;
  /** Held deliveries given up because they outlived the window. */
  expiredHeld: number;
  /** Leads in scope left for a later run because a delivery is still pending or retrying. */
  waiting: number;
}

/** Held deliveries of events older than the cutoff: marked failed, so their data can go. */
async function expireHeld(q: Queryable, cutoff: string, days: number, limit: number): Promise<number> {
  const rows = await q.execute<{ id: string }>(sql`
    with picked as (
      select d.id from deliveries d
       where d.status = 'held'
         and d.event_id in (select e.id from events e where e.purged_at is null and e.created_at < ${cutoff}::timestamptz)
       limit ${limit}
       for update of d skip locked
    )
    , failed as (
      update deliveries set status = 'failed', next_attempt_at = null,
             last_error = ${`Not delivered within the ${days}-day retention period; its data was removed.`}
        from picked where deliveries.id = picked.id
      returning deliveries.id
    ), dequeued as (
      delete from delivery_queue dq using failed where dq.delivery_id = failed.id
    )
    select id from failed`);
  return rows.length;
}

/** Nulls the bodies of every attempt of these events' deliveries; returns how many attempts changed. */
async function purgeAttemptBodies(q: Queryable, eventIds: string[]): Promise<number> {
  if (eventIds.length === 0) return 0;
  const rows = await q.execute<{ id: string }>(sql`
    update delivery_attempts a set request_body = null, response_body = null
      from deliveries d
     where a.delivery_id = d.id and d.event_id = any(${`{${eventIds.join(',')}}`}::uuid[])
       and (a.request_body is not null or a.response_body is not null)
    returning a.id`);
  return rows.length;
}

async function purgeEvents(q: Queryable, where: ReturnType<typeof sql>, now: string): Promise<string[]> {
  const rows = await q.execute<{ id: string }>(sql`
    update events set payload = '{}'::jsonb, purged_at = ${now}::timestamptz
     where ${where} and purged_at is null
    returning id`);
  return rows.map((r) => r.id);
}

/** One batch of leads: blank them, then purge their events and attempt bodies. */
async function purgeLeadBatch(db: Db, cutoff: string, now: string, limit: number) {
  return db.transaction(async (tx) => {
    const leads = await tx.execute<{ id: string }>(sql`
      with picked as (
        select l.id from leads l
         where l.purged_at is null and l.created_at < ${cutoff}::timestamptz
           and not exists (
             select 1 from events e join deliveries d on d.event_id = e.id
              where e.lead_id = l.id and d.status in ${UNFINISHED})
         order by l.created_at
         limit ${limit}
         for update of l skip locked
      )
      update leads set name = '', email = '', phone = '', business_name = '', municipality = '',
             business_stage = '', sector = '', message = '', purged_at = ${now}::timestamptz
        from picked where leads.id = picked.id
      returning leads.id`);
    const ids = leads.map((r) => r.id);
    if (ids.length === 0) return { leads: 0, events: 0, attempts: 0 };
    const eventIds = await purgeEvents(tx, sql`lead_id = any(${`{${ids.join(',')}}`}::uuid[])`, now);
    const attempts = await purgeAttemptBodies(tx, eventIds);
    return { leads: ids.length, events: eventIds.length, attempts };
  });
}

/** One batch of other old events (pings, events whose lead is gone) with no unfinished delivery. */
async function purgeEventBatch(db: Db, cutoff: string, now: string, limit: number) {
  return db.transaction(async (tx) => {
    const picked = await tx.execute<{ id: string }>(sql`
      select e.id from events e
       where e.purged_at is null and e.created_at < ${cutoff}::timestamptz
         and not exists (select 1 from deliveries d where d.event_id = e.id and d.status in ${UNFINISHED})
       order by e.created_at
       limit ${limit}
       for update of e skip locked`);
    if (picked.length === 0) return { events: 0, attempts: 0 };
    const eventIds = await purgeEvents(tx, sql`id = any(${`{${picked.map((r) => r.id).join(',')}}`}::uuid[])`, now);
    const attempts = await purgeAttemptBodies(tx, eventIds);
    return { events: eventIds.length, attempts };
  });
}

export async function purgeExpiredData(db: Db, opts: PurgeOptions): Promise<PurgeCounts> {
  if (!Number.isInteger(opts.days) || opts.days < 1) throw new Error('retention days must be a whole number of at least 1');
  const nowDate = opts.now ?? new Date();
  const now = nowDate.toISOString();
  const cutoff = new Date(nowDate.getTime() - opts.days * DAY_MS).toISOString();
  const limit = opts.batchSize ?? 500;
  const counts: PurgeCounts = { days: opts.days, cutoff, leads: 0, events: 0, attempts: 0, expiredHeld: 0, waiting: 0 };

  for (;;) {
    const n = await db.transaction((tx) => expireHeld(tx, cutoff, opts.days, limit));
    counts.expiredHeld += n;
    if (n < limit) break;
  }
  for (;;) {
    const b = await purgeLeadBatch(db, cutoff, now, limit);
    counts.leads += b.leads;
    counts.events += b.events;
    counts.attempts += b.attempts;
    if (b.leads < limit) break;
  }
  for (;;) {
    const b = await purgeEventBatch(db, cutoff, now, limit);
    counts.events += b.events;
    counts.attempts += b.attempts;
    if (b.events < limit) break;
  }

  await db.transaction(async (tx) => {
    const [w] = await tx.execute<{ n: number }>(sql`
      select count(*)::int as n from leads l
       where l.purged_at is null and l.created_at < ${cutoff}::timestamptz
         and exists (select 1 from events e join deliveries d on d.event_id = e.id
                      where e.lead_id = l.id and d.status in ${IN_FLIGHT})`);
    counts.waiting = w?.n ?? 0;
    await recordAudit(tx, opts.actor ?? SYSTEM_ACTOR, {
      action: RETENTION_AUDIT_ACTION,
      targetType: 'retention',
      details: { ...counts },
    });
  });
  return counts;
}
