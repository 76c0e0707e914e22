/**
 * A department's webhooks as its dashboard sees them. Every statement has the department id in
 * its WHERE clause, so another department's webhook id matches nothing (the page answers 404
 * exactly as for a missing one). Secrets leave this module encrypted only:
 * lib/webhooks/get-department-webhook masks them for the page, and the full secret is shown
 * through lib/webhooks' audited reveal.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../client';
import { deliveryStatus, programs, webhookPrograms, webhooks } from '../schema';
import { isUuid } from '../ids';


/** Ids arrive from URLs and forms: anything that is not a UUID matches no webhook (and never reaches a uuid cast). */
export function isWebhookId(value: unknown): value is string {
  return isUuid(value);
}

export type DeliveryStatusValue = (typeof deliveryStatus.enumValues)[number];

/** One hour of the 24 h sparkline: attempts that got a 2xx vs every other outcome. */
export interface HourBucket {
  /** Start of the hour, ISO UTC. */
  start: string;
  delivered: number;
  failed: number;
}

export interface LastDelivery {
  status: DeliveryStatusValue;
  eventType: string;
  statusCode: number | null;
  /** The last attempt's time, or when the delivery was created if it has not been attempted. */
  at: string;
}

export interface WebhookListItem {
  id: string;
  url: string;
  description: string;
  events: string[];
  active: boolean;
  disabledAt: string | null;
  /** Circuit breaker: failed attempts in a row that count towards opening it. */
  consecutiveFailures: number;
  /** While the breaker is open: when it opened (ISO UTC). */
  coolingSince: string | null;
  /** While the breaker is open: nothing is sent before this, then one probe decides (ISO UTC). */
  nextProbeAt: string | null;
  lastDelivery: LastDelivery | null;
  /** 24 buckets, oldest first, the last one being the current hour. */
  hourly: HourBucket[];
}

/**
 * Attempts are reached through their deliveries (`deliveries_department_log_idx`, then
 * `delivery_attempts_delivery_idx`); deliveries created more than this before the window are
 * not looked at. The retry schedule ends ~27.5 h after creation, so only a manual redeliver or
 * recover of an older delivery is left out — the same rule as the delivery log's charts.
 */
const LOOKBACK = '3 days';

const iso = (expr: ReturnType<typeof sql>) => sql`to_char(${expr} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

type ListRow = {
  id: string;
  url: string;
  description: string;
  events: string[] | string;
  active: boolean;
  disabled_at: string | null;
  consecutive_failures: number;
  cooling_since: string | null;
  next_probe_at: string | null;
  last_status: DeliveryStatusValue | null;
  last_event_type: string | null;
  last_status_code: number | null;
  last_at: string | null;
  hourly: Array<{ start: string; delivered: number; failed: number }> | string;
};

/** Postgres arrays come back as `{a,b}` from raw queries on some drivers; normalise. */
function textArray(v: string[] | string): string[] {
  if (Array.isArray(v)) return v;
  const inner = v.replace(/^\{|\}$/g, '');
  return inner === '' ? [] : inner.split(',').map((s) => s.replace(/^"|"$/g, ''));
}

/**
 * The list page in ONE statement: each webhook with its latest delivery and a 24-hour
 * success sparkline (hourly buckets of delivered vs failed attempts). Oldest webhook first.
 */
export async function listDepartmentWebhooks(q: Queryable, departmentId: string, now = new Date()): Promise<WebhookListItem[]> {
  const nowIso = now.toISOString();
  const rows = await q.execute<ListRow>(sql`
    with hours as (
      select generate_series(date_trunc('hour', ${nowIso}::timestamptz) - interval '23 hours',
                             date_trunc('hour', ${nowIso}::timestamptz), interval '1 hour') as start
    ),
    att as materialized (
      select d.webhook_id, date_trunc('hour', a.started_at) as start,
             (count(*) filter (where a.response_status between 200 and 299))::int as delivered,
             (count(*) filter (where a.response_status is null or a.response_status not between 200 and 299))::int as failed
        from deliveries d
        join delivery_attempts a on a.delivery_id = d.id
       where d.department_id = ${departmentId}::uuid
         and d.created_at >= (select min(start) from hours) - interval '${sql.raw(LOOKBACK)}'
         and a.started_at >= (select min(start) from hours) and a.started_at <= ${nowIso}::timestamptz
       group by 1, 2
    )
    select w.id, w.url, w.description, w.events, w.active, ${iso(sql`w.disabled_at`)} as disabled_at,
           w.consecutive_failures, ${iso(sql`w.cooling_since`)} as cooling_since, ${iso(sql`w.next_probe_at`)} as next_probe_at,
           last.status as last_status, last.event_type as last_event_type, last.last_status_code,
           ${iso(sql`coalesce(last.last_attempt_at, last.created_at)`)} as last_at,
           (select json_agg(json_build_object('start', ${iso(sql`h.start`)}, 'delivered', coalesce(att.delivered, 0), 'failed', coalesce(att.failed, 0)) order by h.start)
              from hours h left join att on att.webhook_id = w.id and att.start = h.start) as hourly
      from webhooks w
      left join lateral (
        select d.status, d.event_type, d.last_status_code, d.last_attempt_at, d.created_at
          from deliveries d
         where d.webhook_id = w.id
         order by d.created_at desc, d.id desc
         limit 1
      ) last on true
     where w.department_id = ${departmentId}::uuid
     order by w.created_at, w.id`);
  return rows.map((r) => {
    const hourly = typeof r.hourly === 'string' ? (JSON.parse(r.hourly) as ListRow['hourly']) : r.hourly;
    return {
      id: r.id,
      url: r.url,
      description: r.description,
      events: textArray(r.events),
      active: r.active,
      disabledAt: r.disabled_at,
      consecutiveFailures: Number(r.consecutive_failures),
      coolingSince: r.cooling_since,
      nextProbeAt: r.next_probe_at,
      lastDelivery:
        r.last_status && r.last_at
          ? { status: r.last_status, eventType: r.last_event_type ?? '', statusCode: r.last_status_code, at: r.last_at }
          : null,
      hourly: (Array.isArray(hourly) ? hourly : []).map((h) => ({ start: h.start, delivered: Number(h.delivered), failed: Number(h.failed) })),
    };
  });
}

export interface WebhookDetail {
  id: string;
  url: string;
  description: string;
  contentType: 'json' | 'form';
  verification: 'signature' | 'token';
  events: string[];
  allPrograms: boolean;
  programIds: string[];
  active: boolean;
  sslVerify: boolean;
  customHeaders: Record<string, string>;
  ordered: boolean;
  disabledAt: Date | null;
  disabledReason: string | null;
  failingSince: Date | null;
  /** Requests in flight at once; null: the platform default (PUENTE_WEBHOOK_MAX_IN_FLIGHT). */
  maxInFlight: number | null;
  /** The pinned envelope version; null: always the newest. */
  envelopeVersion: string | null;
  /** Circuit breaker: failed attempts in a row that count towards opening it. */
  consecutiveFailures: number;
  /** While the breaker is open: when it opened. */
  coolingSince: Date | null;
  /** While the breaker is open: nothing is sent before this, then one probe decides. */
  nextProbeAt: Date | null;
  /** `whsec_abcd…wxyz`; never the full secret. */
  secretMasked: string;
  /** While a rotation's overlap lasts: when the previous secret stops being accepted. */
  previousSecretValidUntil: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A webhook as stored, its secret still encrypted: lib/webhooks/get-department-webhook turns it into a WebhookDetail. */
export type WebhookRecord = Omit<WebhookDetail, 'secretMasked'> & { secretCiphertext: string };

/** One webhook of the department, or null (missing, malformed id, or another department's). */
export async function getDepartmentWebhookRecord(q: Queryable, departmentId: string, webhookId: string, now = new Date()): Promise<WebhookRecord | null> {
  if (!isWebhookId(webhookId)) return null;
  const [w] = await q
    .select()
    .from(webhooks)
    .where(and(eq(webhooks.id, webhookId.toLowerCase()), eq(webhooks.departmentId, departmentId)));
  if (!w) return null;
  const linked = w.allPrograms
    ? []
    : await q.select({ id: webhookPrograms.programId }).from(webhookPrograms).where(eq(webhookPrograms.webhookId, w.id));
  return {
    id: w.id,
    url: w.url,
    description: w.description,
    contentType: w.contentType,
    verification: w.verification,
    events: w.events,
    allPrograms: w.allPrograms,
    programIds: linked.map((l) => l.id),
    active: w.active,
    sslVerify: w.sslVerify,
    customHeaders: w.customHeaders,
    ordered: w.ordered,
    disabledAt: w.disabledAt,
    disabledReason: w.disabledReason,
    failingSince: w.failingSince,
    maxInFlight: w.maxInFlight,
    envelopeVersion: w.envelopeVersion,
    consecutiveFailures: w.consecutiveFailures,
    coolingSince: w.coolingSince,
    nextProbeAt: w.nextProbeAt,
    secretCiphertext: w.secretCiphertext,
    previousSecretValidUntil: w.previousSecretCiphertext && w.previousSecretExpiresAt && w.previousSecretExpiresAt > now ? w.previousSecretExpiresAt : null,
    createdAt: w.createdAt,
    updatedAt: w.updatedAt,
  };
}

/** The stored custom headers, for an edit that keeps a header value the form never showed. */
export async function getWebhookCustomHeaders(q: Queryable, departmentId: string, webhookId: string): Promise<Record<string, string> | null> {
  if (!isWebhookId(webhookId)) return null;
  const [w] = await q
    .select({ customHeaders: webhooks.customHeaders })
    .from(webhooks)
    .where(and(eq(webhooks.id, webhookId.toLowerCase()), eq(webhooks.departmentId, departmentId)));
  return w ? w.customHeaders : null;
}

export interface WebhookRecoveryState {
  disabledAt: Date | null;
  failingSince: Date | null;
}

export async function getWebhookRecoveryState(q: Queryable, departmentId: string, webhookId: string): Promise<WebhookRecoveryState | null> {
  if (!isWebhookId(webhookId)) return null;
  const [w] = await q
    .select({ disabledAt: webhooks.disabledAt, failingSince: webhooks.failingSince })
    .from(webhooks)
    .where(and(eq(webhooks.id, webhookId.toLowerCase()), eq(webhooks.departmentId, departmentId)));
  return w ?? null;
}

/**
 * Where "re-enable and recover" starts for a webhook disabled after failures: the first failure
 * of the run that disabled it, or, when that is unknown, a day before it was disabled.
 */
export function recoverySince(w: WebhookRecoveryState): Date | null {
  if (w.failingSince) return w.failingSince;
  if (w.disabledAt) return new Date(w.disabledAt.getTime() - 86_400_000);
  return null;
}

export interface WebhookProgramOption {
  id: string;
  /** In the language asked for. */
  title: string;
  status: 'open' | 'closed';
}

/** The department's programs a webhook can cover, open first, titled and sorted in `locale`. */
export async function listWebhookProgramOptions(q: Queryable, departmentId: string, locale: 'es' | 'en'): Promise<WebhookProgramOption[]> {
  const title = locale === 'en' ? programs.titleEn : programs.titleEs;
  return q
    .select({ id: programs.id, title, status: programs.status })
    .from(programs)
    .where(eq(programs.departmentId, departmentId))
    .orderBy(asc(programs.status), asc(title), asc(programs.id));
}

/** The department's webhook ids, oldest first (REST API v1's list). */
export async function listDepartmentWebhookIds(q: Queryable, departmentId: string): Promise<string[]> {
  const rows = await q.select({ id: webhooks.id }).from(webhooks).where(eq(webhooks.departmentId, departmentId)).orderBy(webhooks.createdAt, webhooks.id);
  return rows.map((r) => r.id);
}
