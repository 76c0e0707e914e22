/**
 * The platform admin's overview: every department with its status and the health of its
 * webhooks (problems first), the endpoints that need attention, the platform-wide delivery
 * success rate (24 h by hour, 7 days by day) and the queue as it stands now.
 *
 * Success rate counts attempts (a 2xx answer is a success), found through their deliveries
 * created in the window plus LOOKBACK — the same rule as the per-webhook charts.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../client';

const LOOKBACK = '3 days';

const iso = (expr: SQL) => sql`to_char(${expr} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export type DepartmentStatus = 'pending' | 'approved' | 'rejected' | 'suspended';
/** Worst first: the order of the overview. */
export const HEALTH_ORDER = ['disabled', 'failing', 'low-success', 'inactive', 'healthy', 'none'] as const;
export type DepartmentHealth = (typeof HEALTH_ORDER)[number];

export interface DepartmentOverview {
  id: string;
  slug: string;
  name: string;
  acronym: string | null;
  status: DepartmentStatus;
  webhooks: number;
  /** Active, not disabled, no failures in a row. */
  healthyWebhooks: number;
  /** Active, but the last attempts failed (failing_since set). */
  failingWebhooks: number;
  /** Switched off by an admin. */
  inactiveWebhooks: number;
  /** Disabled by Puente after failures (410 Gone, or days of failures). */
  disabledWebhooks: number;
  health: DepartmentHealth;
  attempts24h: number;
  succeeded24h: number;
  /** Deliveries not final yet: pending, retrying and held. */
  queued: number;
}

export type EndpointState = 'disabled' | 'failing' | 'inactive';

export interface EndpointAttention {
  webhookId: string;
  url: string;
  description: string;
  departmentSlug: string;
  departmentName: string;
  state: EndpointState;
  /** When it was disabled, or when the failures began; null for an inactive one. */
  since: string | null;
  reason: string | null;
  lastStatusCode: number | null;
}

export interface RateBucket {
  /** Start of the hour, or of the day in the zone asked for (ISO UTC). */
  start: string;
  attempts: number;
  succeeded: number;
}

export interface QueueDepth {
  /** pending or retrying, due now (should be picked up within moments). */
  due: number;
  /** retrying, waiting for their next scheduled attempt. */
  scheduled: number;
  /** held: department not approved or webhook off; they resume when that is lifted. */
  held: number;
  /** The oldest due delivery's due time (a large age means the engine is behind or down). */
  oldestDueAt: string | null;
}

export interface AdminOverview {
  departments: DepartmentOverview[];
  endpoints: EndpointAttention[];
  hourly: RateBucket[];
  daily: RateBucket[];
  queue: QueueDepth;
  generatedAt: string;
}

type DeptRow = {
  id: string;
  slug: string;
  name: string;
  acronym: string | null;
  status: DepartmentStatus;
  webhooks: number;
  healthy: number;
  failing: number;
  inactive: number;
  disabled: number;
  attempts: number;
  succeeded: number;
  queued: number;
};

/** Below this share of 2xx answers among the last 24 h's attempts, a department is not healthy. */
export const HEALTHY_SUCCESS_RATE = 0.95;

/**
 * A department's health: its worst webhook state, and never "healthy" while fewer than 95 % of
 * its recent attempts succeeded (webhooks that fail now and then never set failing_since).
 */
export function healthOf(r: Pick<DeptRow, 'webhooks' | 'disabled' | 'failing' | 'inactive' | 'attempts' | 'succeeded'>): DepartmentHealth {
  if (r.webhooks === 0) return 'none';
  if (r.disabled > 0) return 'disabled';
  if (r.failing > 0) return 'failing';
  if (r.attempts > 0 && r.succeeded / r.attempts < HEALTHY_SUCCESS_RATE) return 'low-success';
  if (r.inactive > 0) return 'inactive';
  return 'healthy';
}

async function departmentRows(q: Queryable, now: string): Promise<DepartmentOverview[]> {
  const rows = await q.execute<DeptRow>(sql`
    with w as (
      select department_id,
             count(*)::int as webhooks,
             (count(*) filter (where disabled_at is not null))::int as disabled,
             (count(*) filter (where disabled_at is null and not active))::int as inactive,
             (count(*) filter (where disabled_at is null and active and failing_since is not null))::int as failing,
             (count(*) filter (where disabled_at is null and active and failing_since is null))::int as healthy
        from webhooks group by department_id
    ),
    a as (
      select d.department_id, count(*)::int as attempts,
             (count(*) filter (where a.response_status between 200 and 299))::int as succeeded
        from deliveries d
        join delivery_attempts a on a.delivery_id = d.id
       where d.created_at >= ${now}::timestamptz - interval '1 day' - interval '${sql.raw(LOOKBACK)}'
         and a.started_at > ${now}::timestamptz - interval '1 day' and a.started_at <= ${now}::timestamptz
       group by d.department_id
    ),
    qd as (
      select d.department_id, count(*)::int as queued
        from delivery_queue dq join deliveries d on d.id = dq.delivery_id
       group by d.department_id
    )
    select dep.id, dep.slug, dep.name, dep.acronym, dep.status,
           coalesce(w.webhooks, 0) as webhooks, coalesce(w.healthy, 0) as healthy, coalesce(w.failing, 0) as failing,
           coalesce(w.inactive, 0) as inactive, coalesce(w.disabled, 0) as disabled,
           coalesce(a.attempts, 0) as attempts, coalesce(a.succeeded, 0) as succeeded, coalesce(qd.queued, 0) as queued
      from departments dep
      left join w on w.department_id = dep.id
      left join a on a.department_id = dep.id
      left join qd on qd.department_id = dep.id`);
  return rows
    .map((r) => ({
      id: r.id,
      slug: r.slug,
      name: r.name,
      acronym: r.acronym,
      status: r.status,
      webhooks: r.webhooks,
      healthyWebhooks: r.healthy,
      failingWebhooks: r.failing,
      inactiveWebhooks: r.inactive,
      disabledWebhooks: r.disabled,
      health: healthOf(r),
      attempts24h: r.attempts,
      succeeded24h: r.succeeded,
      queued: r.queued,
    }))
    .sort((x, y) => HEALTH_ORDER.indexOf(x.health) - HEALTH_ORDER.indexOf(y.health) || x.name.localeCompare(y.name, 'es') || x.id.localeCompare(y.id));
}

type EndpointRow = {
  id: string;
  url: string;
  description: string;
  slug: string;
  name: string;
  state: EndpointState;
  since: string | null;
  reason: string | null;
  last_status_code: number | null;
};

/** Webhooks that are disabled, failing or switched off: disabled first, then failing, then inactive; longest-standing first. */
async function endpointRows(q: Queryable, limit: number): Promise<EndpointAttention[]> {
  const rows = await q.execute<EndpointRow>(sql`
    select w.id, w.url, w.description, dep.slug, dep.name, s.state,
           ${iso(sql`case s.state when 'disabled' then w.disabled_at when 'failing' then w.failing_since end`)} as since,
           w.disabled_reason as reason, last.last_status_code
      from webhooks w
      join departments dep on dep.id = w.department_id
      cross join lateral (select case when w.disabled_at is not null then 'disabled'
                                      when not w.active then 'inactive'
                                      when w.failing_since is not null then 'failing' end as state) s
      left join lateral (
        select d.last_status_code from deliveries d
         where d.webhook_id = w.id and d.last_attempt_at is not null
         order by d.created_at desc nulls last, d.id desc nulls last limit 1
      ) last on true
     where s.state is not null
     order by case s.state when 'disabled' then 0 when 'failing' then 1 else 2 end,
              coalesce(w.disabled_at, w.failing_since, w.updated_at), w.id
     limit ${limit}`);
  return rows.map((r) => ({
    webhookId: r.id,
    url: r.url,
    description: r.description,
    departmentSlug: r.slug,
    departmentName: r.name,
    state: r.state,
    since: r.since,
    reason: r.reason,
    lastStatusCode: r.last_status_code,
  }));
}

type RateRow = { start: string; attempts: number; succeeded: number };

function rateQuery(now: string, timeZone: string, unit: 'hour' | 'day'): SQL {
  const series =
    unit === 'hour'
      ? sql`generate_series(date_trunc('hour', ${now}::timestamptz) - interval '23 hours', date_trunc('hour', ${now}::timestamptz), interval '1 hour')`
      : sql`generate_series(date_trunc('day', ${now}::timestamptz at time zone ${timeZone}) - interval '6 days', date_trunc('day', ${now}::timestamptz at time zone ${timeZone}), interval '1 day') at time zone ${timeZone}`;
  const bucket = unit === 'hour' ? sql`date_trunc('hour', a.started_at)` : sql`date_trunc('day', a.started_at, ${timeZone})`;
  return sql`
    with b as (select ${series} as start),
    a as (
      select ${bucket} as start, a.response_status
        from deliveries d
        join delivery_attempts a on a.delivery_id = d.id
       where d.created_at >= (select min(start) from b) - interval '${sql.raw(LOOKBACK)}'
         and a.started_at >= (select min(start) from b) and a.started_at <= ${now}::timestamptz
    )
    select ${iso(sql`b.start`)} as start, count(a.start)::int as attempts,
           (count(*) filter (where a.response_status between 200 and 299))::int as succeeded
      from b left join a on a.start = b.start
     group by b.start order by b.start`;
}

async function queueDepth(q: Queryable, now: string): Promise<QueueDepth> {
  // The engine's work list holds exactly the unfinished deliveries: counting it never scans `deliveries`.
  // A row in flight (leased) counts as due; a held one waits at run_at 'infinity'.
  const [r] = await q.execute<{ due: number; scheduled: number; held: number; oldest_due_at: string | null }>(sql`
    select (count(*) filter (where run_at <= ${now}::timestamptz or lease_until is not null))::int as due,
           (count(*) filter (where run_at > ${now}::timestamptz and run_at < 'infinity' and lease_until is null))::int as scheduled,
           (count(*) filter (where run_at = 'infinity'))::int as held,
           ${iso(sql`min(run_at) filter (where run_at <= ${now}::timestamptz)`)} as oldest_due_at
      from delivery_queue`);
  return { due: r?.due ?? 0, scheduled: r?.scheduled ?? 0, held: r?.held ?? 0, oldestDueAt: r?.oldest_due_at ?? null };
}

/** `timeZone` names the days of the daily buckets (lib/time's PLATFORM_TIME_ZONE). */
export async function getAdminOverview(q: Queryable, opts: { timeZone: string; now?: Date; endpointLimit?: number }): Promise<AdminOverview> {
  const now = opts.now ?? new Date();
  const t = now.toISOString();
  const [departments, endpoints, hourly, daily, queue] = await Promise.all([
    departmentRows(q, t),
    endpointRows(q, opts.endpointLimit ?? 50),
    q.execute<RateRow>(rateQuery(t, opts.timeZone, 'hour')),
    q.execute<RateRow>(rateQuery(t, opts.timeZone, 'day')),
    queueDepth(q, t),
  ]);
  const buckets = (rows: RateRow[]): RateBucket[] => rows.map((r) => ({ start: r.start, attempts: r.attempts, succeeded: r.succeeded }));
  return { departments, endpoints, hourly: buckets([...hourly]), daily: buckets([...daily]), queue, generatedAt: t };
}
