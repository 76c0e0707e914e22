/**
 * The delivery log, as staff and admins of one department see it (GitHub's "Recent
 * Deliveries"). Every statement here has the department id in its WHERE clause: a delivery,
 * webhook or program id from another department simply matches nothing.
 *
 * The list is newest first with keyset pagination on (created_at, id) — never OFFSET — so
 * any page is read from `deliveries_department_log_idx` / `deliveries_webhook_log_idx` in
 * constant time, however many deliveries came before it (docs/decisions/008).
 *
 * Filters arrive here already checked (lib/delivery/delivery-filters parses the query string),
 * and the wall-clock zone for date filters and daily charts comes from the caller (lib/time):
 * db/ imports nothing from lib/.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../client';
import { isUuid } from '../ids';

export const DELIVERY_STATUSES = ['delivered', 'retrying', 'failed', 'pending', 'held', 'skipped'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
export const DELIVERY_EVENTS = ['lead.created', 'ping'] as const;
export type DeliveryEvent = (typeof DELIVERY_EVENTS)[number];

export const PAGE_SIZE = 50;

export { isUuid };

// ---------------------------------------------------------------- filters & cursor

export interface DeliveryCursor {
  /** created_at with microseconds (ISO, UTC): JS Dates keep only milliseconds. */
  createdAt: string;
  id: string;
}

/** Checked filters: ids are lower-case UUIDs, days real YYYY-MM-DD days. */
export interface DeliveryFilters {
  webhookId?: string;
  status?: DeliveryStatus;
  event?: DeliveryEvent;
  programId?: string;
  /** Inclusive first day, YYYY-MM-DD on the wall clock of the `timeZone` the query is given. */
  from?: string;
  /** Inclusive last day, YYYY-MM-DD on the same clock. */
  to?: string;
  cursor?: DeliveryCursor;
}

// ---------------------------------------------------------------- the list

/** One row of the log; JSON-safe (timestamps are ISO strings) for the API and initialData. */
export interface DeliveryListItem {
  id: string;
  messageId: string;
  eventType: string;
  status: DeliveryStatus;
  lastStatusCode: number | null;
  lastError: string | null;
  attemptCount: number;
  lastDurationMs: number | null;
  createdAt: string;
  lastAttemptAt: string | null;
  nextAttemptAt: string | null;
  webhookId: string;
  webhookUrl: string;
  /** A test lead ("Send test lead"), not a real one. */
  test: boolean;
}

/**
 * An enabled webhook whose circuit breaker is open: nothing is sent to it before `nextProbeAt`,
 * then one delivery goes alone as a probe (once `nextProbeAt` has passed, it is "probing").
 */
export interface PausedWebhook {
  id: string;
  url: string;
  description: string;
  consecutiveFailures: number;
  /** When the breaker opened (ISO UTC). */
  coolingSince: string | null;
  /** ISO UTC. */
  nextProbeAt: string;
}

/**
 * One page of the log. The query hands back the next page's cursor as a value (`C` =
 * DeliveryCursor); lib/delivery/delivery-log encodes it into the opaque `cursor` parameter the
 * page and the JSON API carry (`C` = string).
 */
export interface DeliveryPage<C = string> {
  items: DeliveryListItem[];
  /** Where the next (older) page starts, or null on the last page. */
  nextCursor: C | null;
  /** The webhooks the page is about (all of the department's, or the filtered one) whose breaker is open. */
  pausedWebhooks: PausedWebhook[];
}

type ListRow = {
  id: string;
  message_id: string;
  event_type: string;
  status: DeliveryStatus;
  last_status_code: number | null;
  last_error: string | null;
  attempt_count: number;
  last_duration_ms: number | null;
  created_at: string;
  last_attempt_at: string | null;
  next_attempt_at: string | null;
  webhook_id: string;
  webhook_url: string;
  test: boolean;
};

const iso = (col: SQL) => sql`to_char(${col} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** The WHERE clause of the list (without the cursor), department first. */
export function deliveryConditions(departmentId: string, f: DeliveryFilters, timeZone: string): SQL {
  const conds: SQL[] = [sql`d.department_id = ${departmentId}::uuid`];
  if (f.webhookId) conds.push(sql`d.webhook_id = ${f.webhookId}::uuid`);
  if (f.status) conds.push(sql`d.status = ${f.status}::delivery_status`);
  if (f.event) conds.push(sql`d.event_type = ${f.event}`);
  if (f.from) conds.push(sql`d.created_at >= (${f.from}::date)::timestamp at time zone ${timeZone}`);
  if (f.to) conds.push(sql`d.created_at < (${f.to}::date + 1)::timestamp at time zone ${timeZone}`);
  if (f.programId) {
    // Only the department's own programs: another department's program id matches nothing.
    conds.push(sql`exists (
      select 1 from events e
        join lead_programs lp on lp.lead_id = e.lead_id
        join programs p on p.id = lp.program_id
       where e.id = d.event_id and lp.program_id = ${f.programId}::uuid and p.department_id = ${departmentId}::uuid)`);
  }
  return sql.join(conds, sql` and `);
}

export interface ListOptions {
  /** The zone whose days `from`/`to` name (lib/time's PLATFORM_TIME_ZONE). */
  timeZone: string;
  limit?: number;
}

/**
 * `nulls last` is not decoration: drizzle created the log indexes as `DESC NULLS LAST`, and
 * Postgres only reads an index in order for an ORDER BY with the same null ordering (plain
 * `desc` means NULLS FIRST, and the planner would sort the whole department instead).
 */
export function listDeliveriesQuery(departmentId: string, f: DeliveryFilters, opts: ListOptions): SQL {
  const limit = opts.limit ?? PAGE_SIZE;
  const where = deliveryConditions(departmentId, f, opts.timeZone);
  const keyset = f.cursor ? sql` and (d.created_at, d.id) < (${f.cursor.createdAt}::timestamptz, ${f.cursor.id}::uuid)` : sql``;
  return sql`
    select d.id, d.message_id, d.event_type, d.status, d.last_status_code, d.last_error, d.attempt_count, d.last_duration_ms,
           ${iso(sql`d.created_at`)} as created_at, ${iso(sql`d.last_attempt_at`)} as last_attempt_at,
           ${iso(sql`d.next_attempt_at`)} as next_attempt_at, d.webhook_id, w.url as webhook_url,
           (select e.test from events e where e.id = d.event_id) as test
      from deliveries d
      join webhooks w on w.id = d.webhook_id
     where ${where}${keyset}
     order by d.created_at desc nulls last, d.id desc nulls last
     limit ${limit + 1}`;
}

type PausedRow = {
  id: string;
  url: string;
  description: string;
  consecutive_failures: number;
  cooling_since: string | null;
  next_probe_at: string;
};

/**
 * The department's enabled webhooks (or the one filtered on) whose breaker is open, oldest
 * first. A disabled or inactive webhook is not listed: it is held, whatever its breaker says.
 * Reads `webhooks_department_idx`; a department has a handful of webhooks.
 */
export async function listPausedWebhooks(q: Queryable, departmentId: string, webhookId?: string): Promise<PausedWebhook[]> {
  const rows = await q.execute<PausedRow>(sql`
    select w.id, w.url, w.description, w.consecutive_failures, ${iso(sql`w.cooling_since`)} as cooling_since,
           ${iso(sql`w.next_probe_at`)} as next_probe_at
      from webhooks w
     where w.department_id = ${departmentId}::uuid and w.active and w.disabled_at is null and w.next_probe_at is not null
       ${webhookId ? sql`and w.id = ${webhookId}::uuid` : sql``}
     order by w.created_at, w.id`);
  return rows.map((r) => ({
    id: r.id,
    url: r.url,
    description: r.description,
    consecutiveFailures: Number(r.consecutive_failures),
    coolingSince: r.cooling_since,
    nextProbeAt: r.next_probe_at,
  }));
}

function toListItem(r: ListRow): DeliveryListItem {
  return {
    id: r.id,
    messageId: r.message_id,
    eventType: r.event_type,
    status: r.status,
    lastStatusCode: r.last_status_code,
    lastError: r.last_error,
    attemptCount: r.attempt_count,
    lastDurationMs: r.last_duration_ms,
    createdAt: r.created_at,
    lastAttemptAt: r.last_attempt_at,
    nextAttemptAt: r.next_attempt_at,
    webhookId: r.webhook_id,
    webhookUrl: r.webhook_url,
    test: r.test === true,
  };
}

export async function listDeliveries(q: Queryable, departmentId: string, f: DeliveryFilters, opts: ListOptions): Promise<DeliveryPage<DeliveryCursor>> {
  const limit = opts.limit ?? PAGE_SIZE;
  const [rows, pausedWebhooks] = await Promise.all([
    q.execute<ListRow>(listDeliveriesQuery(departmentId, f, opts)),
    listPausedWebhooks(q, departmentId, f.webhookId),
  ]);
  const page = rows.slice(0, limit);
  const items = page.map(toListItem);
  const last = items[items.length - 1];
  const nextCursor = rows.length > limit && last ? { createdAt: last.createdAt, id: last.id } : null;
  return { items, nextCursor, pausedWebhooks };
}

// ---------------------------------------------------------------- one delivery

export interface AttemptSummary {
  id: string;
  attemptNumber: number;
  /** auto (the schedule), manual (Redeliver) or recover (bulk recover). */
  trigger: string;
  startedAt: string;
  responseStatus: number | null;
  errorClass: string | null;
  errorMessage: string | null;
  durationMs: number | null;
  remoteAddress: string | null;
  nextAttemptAt: string | null;
}

export interface AttemptDetail extends AttemptSummary {
  requestUrl: string;
  requestHeaders: Record<string, string>;
  requestBody: string | null;
  responseHeaders: Record<string, string> | null;
  responseBody: string | null;
  responseBodyTruncated: boolean;
}

export interface DeliveryDetail {
  delivery: DeliveryListItem & {
    eventId: string;
    pendingTrigger: string;
    deliveredAt: string | null;
    webhookDescription: string;
    /** When the retention job removed this delivery's payload and bodies; null while they are kept. */
    dataPurgedAt: string | null;
    /** The webhook's open circuit breaker (null while closed, or while the webhook is disabled): when it opened… */
    webhookCoolingSince: string | null;
    /** …and when the next probe may go (ISO UTC). */
    webhookNextProbeAt: string | null;
  };
  /** Newest first. */
  attempts: AttemptSummary[];
  /** The attempt asked for, else the latest; null before the first attempt. */
  selected: AttemptDetail | null;
}

type AttemptRow = {
  id: string;
  attempt_number: number;
  trigger: string;
  started_at: string;
  response_status: number | null;
  error_class: string | null;
  error_message: string | null;
  duration_ms: number | null;
  remote_address: string | null;
  next_attempt_at: string | null;
};

const toSummary = (r: AttemptRow): AttemptSummary => ({
  id: r.id,
  attemptNumber: r.attempt_number,
  trigger: r.trigger,
  startedAt: r.started_at,
  responseStatus: r.response_status,
  errorClass: r.error_class,
  errorMessage: r.error_message,
  durationMs: r.duration_ms,
  remoteAddress: r.remote_address,
  nextAttemptAt: r.next_attempt_at,
});

/** Headers as stored (jsonb); anything that is not a string map becomes an empty one. */
function headerMap(v: unknown): Record<string, string> {
  const o = typeof v === 'string' ? safeJson(v) : v;
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return {};
  return Object.fromEntries(Object.entries(o as Record<string, unknown>).map(([k, x]) => [k, typeof x === 'string' ? x : JSON.stringify(x)]));
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return null;
  }
}

export async function getDeliveryDetail(q: Queryable, departmentId: string, deliveryId: string, attemptId?: string | null): Promise<DeliveryDetail | null> {
  if (!isUuid(deliveryId)) return null;
  const rows = await q.execute<
    ListRow & {
      event_id: string;
      pending_trigger: string;
      delivered_at: string | null;
      webhook_description: string;
      data_purged_at: string | null;
      webhook_cooling_since: string | null;
      webhook_next_probe_at: string | null;
    }
  >(sql`
    select d.id, d.message_id, d.event_type, d.status, d.last_status_code, d.last_error, d.attempt_count, d.last_duration_ms,
           ${iso(sql`d.created_at`)} as created_at, ${iso(sql`d.last_attempt_at`)} as last_attempt_at,
           ${iso(sql`d.next_attempt_at`)} as next_attempt_at, ${iso(sql`d.delivered_at`)} as delivered_at,
           d.webhook_id, w.url as webhook_url, w.description as webhook_description, d.event_id, d.pending_trigger,
           ${iso(sql`e.purged_at`)} as data_purged_at, e.test,
           case when w.active and w.disabled_at is null and w.next_probe_at is not null then ${iso(sql`w.cooling_since`)} end as webhook_cooling_since,
           case when w.active and w.disabled_at is null then ${iso(sql`w.next_probe_at`)} end as webhook_next_probe_at
      from deliveries d
      join webhooks w on w.id = d.webhook_id
      join events e on e.id = d.event_id
     where d.id = ${deliveryId}::uuid and d.department_id = ${departmentId}::uuid`);
  const r = rows[0];
  if (!r) return null;
  const attempts = await q.execute<AttemptRow>(sql`
    select id, attempt_number, trigger, ${iso(sql`started_at`)} as started_at, response_status, error_class::text as error_class,
           error_message, duration_ms, remote_address, ${iso(sql`next_attempt_at`)} as next_attempt_at
      from delivery_attempts
     where delivery_id = ${r.id}::uuid
     order by started_at desc, attempt_number desc`);
  const summaries = attempts.map(toSummary);
  const wanted = (attemptId && summaries.find((a) => a.id === attemptId.toLowerCase())) || summaries[0];
  let selected: AttemptDetail | null = null;
  if (wanted) {
    const [full] = await q.execute<{
      request_url: string;
      request_headers: unknown;
      request_body: string | null;
      response_headers: unknown;
      response_body: string | null;
      response_body_truncated: boolean;
    }>(sql`
      select request_url, request_headers, request_body, response_headers, response_body, response_body_truncated
        from delivery_attempts where id = ${wanted.id}::uuid and delivery_id = ${r.id}::uuid`);
    if (full) {
      selected = {
        ...wanted,
        requestUrl: full.request_url,
        requestHeaders: headerMap(full.request_headers),
        requestBody: full.request_body,
        responseHeaders: full.response_headers == null ? null : headerMap(full.response_headers),
        responseBody: full.response_body,
        responseBodyTruncated: full.response_body_truncated,
      };
    }
  }
  return {
    delivery: {
      ...toListItem(r),
      eventId: r.event_id,
      pendingTrigger: r.pending_trigger,
      deliveredAt: r.delivered_at,
      webhookDescription: r.webhook_description,
      dataPurgedAt: r.data_purged_at,
      webhookCoolingSince: r.webhook_cooling_since,
      webhookNextProbeAt: r.webhook_next_probe_at,
    },
    attempts: summaries,
    selected,
  };
}

// ---------------------------------------------------------------- filter options

export interface WebhookOption {
  id: string;
  url: string;
  description: string;
  active: boolean;
  disabled: boolean;
}

export async function listWebhookOptions(q: Queryable, departmentId: string): Promise<WebhookOption[]> {
  const rows = await q.execute<{ id: string; url: string; description: string; active: boolean; disabled: boolean }>(sql`
    select id, url, description, active, disabled_at is not null as disabled
      from webhooks where department_id = ${departmentId}::uuid order by created_at, id`);
  return rows.map((r) => ({ ...r }));
}

export interface ProgramOption {
  id: string;
  title: string;
}

/** The department's programs for the log's filter, titled and sorted in `locale`. */
export async function listProgramOptions(q: Queryable, departmentId: string, locale: 'es' | 'en'): Promise<ProgramOption[]> {
  const rows = await q.execute<{ id: string; title: string }>(sql`
    select id, case when ${locale} = 'en' then title_en else title_es end as title
      from programs where department_id = ${departmentId}::uuid order by 2, id`);
  return rows.map((r) => ({ ...r }));
}

// ---------------------------------------------------------------- per-webhook charts

export interface StatBucket {
  /** Start of the hour (hourly) or of the day in the given zone (daily), ISO UTC. */
  start: string;
  attempts: number;
  succeeded: number;
  /** 0–1, null when there were no attempts. */
  successRate: number | null;
  /** Response time of the attempts (ms); blocked attempts (never sent) are left out. */
  p50Ms: number | null;
  p95Ms: number | null;
}

export interface WebhookStats {
  hourly: StatBucket[];
  daily: StatBucket[];
}

/**
 * Attempts are found through their deliveries (`deliveries_webhook_log_idx`, then
 * `delivery_attempts_delivery_idx`). Deliveries created more than LOOKBACK before the window
 * are not looked at: the retry schedule ends ~27.5 h after creation, so only a manual
 * redeliver of an older delivery is left out of the charts.
 */
const LOOKBACK = '3 days';

type StatRow = { start: string; attempts: number; succeeded: number; p50: number | null; p95: number | null };

function statsQuery(departmentId: string, webhookId: string, now: Date, timeZone: string, unit: 'hour' | 'day'): SQL {
  const nowIso = now.toISOString();
  const series =
    unit === 'hour'
      ? sql`generate_series(date_trunc('hour', ${nowIso}::timestamptz) - interval '23 hours', date_trunc('hour', ${nowIso}::timestamptz), interval '1 hour')`
      : // Whole days on the zone's wall clock, whatever the session's TimeZone.
        sql`generate_series(date_trunc('day', ${nowIso}::timestamptz at time zone ${timeZone}) - interval '6 days', date_trunc('day', ${nowIso}::timestamptz at time zone ${timeZone}), interval '1 day') at time zone ${timeZone}`;
  const bucket = unit === 'hour' ? sql`date_trunc('hour', a.started_at)` : sql`date_trunc('day', a.started_at, ${timeZone})`;
  return sql`
    with b as (select ${series} as start),
    a as (
      select ${bucket} as start, a.response_status, a.duration_ms, a.error_class
        from deliveries d
        join delivery_attempts a on a.delivery_id = d.id
       where d.department_id = ${departmentId}::uuid and d.webhook_id = ${webhookId}::uuid
         and d.created_at >= (select min(start) from b) - interval '${sql.raw(LOOKBACK)}'
         and a.started_at >= (select min(start) from b) and a.started_at <= ${nowIso}::timestamptz
    )
    select ${iso(sql`b.start`)} as start,
           count(a.start)::int as attempts,
           (count(*) filter (where a.response_status between 200 and 299))::int as succeeded,
           round(percentile_cont(0.5) within group (order by a.duration_ms) filter (where a.error_class is distinct from 'blocked'))::int as p50,
           round(percentile_cont(0.95) within group (order by a.duration_ms) filter (where a.error_class is distinct from 'blocked'))::int as p95
      from b left join a on a.start = b.start
     group by b.start
     order by b.start`;
}

function toBuckets(rows: StatRow[]): StatBucket[] {
  return rows.map((r) => ({
    start: r.start,
    attempts: r.attempts,
    succeeded: r.succeeded,
    successRate: r.attempts > 0 ? r.succeeded / r.attempts : null,
    p50Ms: r.p50,
    p95Ms: r.p95,
  }));
}

/** Success rate and p50/p95 response time of one webhook: 24 hourly and 7 daily buckets (days of `timeZone`). */
export async function webhookDeliveryStats(q: Queryable, departmentId: string, webhookId: string, opts: { timeZone: string; now?: Date }): Promise<WebhookStats> {
  const now = opts.now ?? new Date();
  const [hourly, daily] = await Promise.all([
    q.execute<StatRow>(statsQuery(departmentId, webhookId, now, opts.timeZone, 'hour')),
    q.execute<StatRow>(statsQuery(departmentId, webhookId, now, opts.timeZone, 'day')),
  ]);
  return { hourly: toBuckets([...hourly]), daily: toBuckets([...daily]) };
}
