/**
 * Reading the audit log: newest first, keyset-paginated on (at, id) — never OFFSET — with
 * filters on action, actor email, department and a date range. A scope decides what a reader
 * may see at all: platform admins everything, department admins only entries recorded against
 * their department (the scope's condition is always in the WHERE clause, whatever the filters).
 *
 * Filters arrive as raw query-string values; `parseAuditFilters` turns junk into "no filter"
 * plus a list of what was invalid, so a page can ignore it and say so.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { decodeKeysetCursor, encodeKeysetCursor, firstParam, isUuid, parseDateRange, type ParamSource } from '../params';
import { PLATFORM_TIME_ZONE } from '../time';

export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_EXPORT_LIMIT = 10_000;
/** Date filters use Puerto Rico's days (lib/time). */
export const AUDIT_TIME_ZONE = PLATFORM_TIME_ZONE;

export type AuditScope = { kind: 'platform' } | { kind: 'department'; departmentId: string };

export interface AuditCursor {
  /** `at` with microseconds (ISO, UTC): JS Dates keep only milliseconds. */
  at: string;
  id: number;
}

export interface AuditFilters {
  /** An exact action (`webhook.created`) or a category (`webhook.*`). */
  action?: string;
  /** Part of the actor's email, case-insensitive. */
  actor?: string;
  /** Platform scope only: a department id, or 'none' for entries with no department (sign-ins, allowlist…). */
  department?: string;
  /** Inclusive first day, YYYY-MM-DD in AUDIT_TIME_ZONE. */
  from?: string;
  /** Inclusive last day, YYYY-MM-DD in AUDIT_TIME_ZONE. */
  to?: string;
  cursor?: AuditCursor;
}

export const AUDIT_FILTER_PARAMS = ['action', 'actor', 'department', 'from', 'to', 'cursor'] as const;
export type AuditFilterParam = (typeof AUDIT_FILTER_PARAMS)[number];

const ACTION = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*(\.\*)?$/;

export function encodeAuditCursor(c: AuditCursor): string {
  return encodeKeysetCursor(c.at, c.id);
}

export function decodeAuditCursor(raw: string): AuditCursor | null {
  const c = decodeKeysetCursor(raw);
  if (!c || !/^[1-9]\d{0,15}$/.test(c.id) || !Number.isSafeInteger(Number(c.id))) return null;
  return { at: c.ts, id: Number(c.id) };
}

/**
 * Query-string values → filters. Empty means "no filter"; an invalid value is dropped and
 * named in `invalid`. `department` is only read in the platform scope.
 */
export function parseAuditFilters(src: ParamSource, scope: AuditScope): { filters: AuditFilters; invalid: AuditFilterParam[] } {
  const filters: AuditFilters = {};
  const invalid: AuditFilterParam[] = [];
  const action = firstParam(src, 'action');
  if (action !== undefined) {
    if (action.length <= 64 && ACTION.test(action)) filters.action = action;
    else invalid.push('action');
  }
  const actor = firstParam(src, 'actor');
  if (actor !== undefined) {
    if (actor.length <= 254 && !/[\u0000-\u001f]/.test(actor)) filters.actor = actor;
    else invalid.push('actor');
  }
  const department = firstParam(src, 'department');
  if (department !== undefined && scope.kind === 'platform') {
    if (department === 'none' || isUuid(department)) filters.department = department.toLowerCase();
    else invalid.push('department');
  }
  const range = parseDateRange(src);
  Object.assign(filters, range.range);
  invalid.push(...range.invalid);
  const cursor = firstParam(src, 'cursor');
  if (cursor !== undefined) {
    const c = decodeAuditCursor(cursor);
    if (c) filters.cursor = c;
    else invalid.push('cursor');
  }
  return { filters, invalid };
}

/** Filters → query string (for links, the form and the export). */
export function auditFiltersToSearchParams(f: AuditFilters, opts: { cursor?: boolean } = { cursor: true }): URLSearchParams {
  const p = new URLSearchParams();
  if (f.action) p.set('action', f.action);
  if (f.actor) p.set('actor', f.actor);
  if (f.department) p.set('department', f.department);
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  if (opts.cursor !== false && f.cursor) p.set('cursor', encodeAuditCursor(f.cursor));
  return p;
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The WHERE clause (without the cursor), scope first. */
export function auditConditions(scope: AuditScope, f: AuditFilters): SQL {
  const conds: SQL[] = [];
  if (scope.kind === 'department') conds.push(sql`a.department_id = ${scope.departmentId}::uuid`);
  else if (f.department === 'none') conds.push(sql`a.department_id is null`);
  else if (f.department) conds.push(sql`a.department_id = ${f.department}::uuid`);
  if (f.action?.endsWith('.*')) conds.push(sql`a.action like ${`${likeEscape(f.action.slice(0, -1))}%`}`);
  else if (f.action) conds.push(sql`a.action = ${f.action}`);
  if (f.actor) conds.push(sql`a.actor_email ilike ${`%${likeEscape(f.actor)}%`}`);
  if (f.from) conds.push(sql`a.at >= (${f.from}::date)::timestamp at time zone ${AUDIT_TIME_ZONE}`);
  if (f.to) conds.push(sql`a.at < (${f.to}::date + 1)::timestamp at time zone ${AUDIT_TIME_ZONE}`);
  return conds.length > 0 ? sql.join(conds, sql` and `) : sql`true`;
}

/** One entry, JSON-safe: timestamps are ISO strings with microseconds. */
export interface AuditEntryRow {
  id: number;
  at: string;
  action: string;
  actorUserId: string | null;
  actorEmail: string | null;
  actorIp: string | null;
  departmentId: string | null;
  departmentSlug: string | null;
  departmentName: string | null;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
}

export interface AuditPage {
  entries: AuditEntryRow[];
  /** Cursor of the next (older) page, or null on the last page. */
  nextCursor: string | null;
}

type Row = {
  id: string;
  at: string;
  action: string;
  actor_user_id: string | null;
  actor_email: string | null;
  actor_ip: string | null;
  department_id: string | null;
  department_slug: string | null;
  department_name: string | null;
  target_type: string | null;
  target_id: string | null;
  details: Record<string, unknown> | string | null;
};

function query(scope: AuditScope, f: AuditFilters, limit: number): SQL {
  const keyset = f.cursor ? sql` and (a.at, a.id) < (${f.cursor.at}::timestamptz, ${f.cursor.id}::bigint)` : sql``;
  // `nulls last` matches the index (`at DESC NULLS LAST`), so Postgres reads it in order.
  return sql`
    select a.id::text as id, to_char(a.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at, a.action,
           a.actor_user_id, a.actor_email, host(a.actor_ip) as actor_ip, a.department_id,
           d.slug as department_slug, d.name as department_name, a.target_type, a.target_id, a.details
      from audit_log a
      left join departments d on d.id = a.department_id
     where ${auditConditions(scope, f)}${keyset}
     order by a.at desc nulls last, a.id desc
     limit ${limit}`;
}

function toEntry(r: Row): AuditEntryRow {
  const details = typeof r.details === 'string' ? (JSON.parse(r.details) as Record<string, unknown>) : (r.details ?? {});
  return {
    id: Number(r.id),
    at: r.at,
    action: r.action,
    actorUserId: r.actor_user_id,
    actorEmail: r.actor_email,
    actorIp: r.actor_ip,
    departmentId: r.department_id,
    departmentSlug: r.department_slug,
    departmentName: r.department_name,
    targetType: r.target_type,
    targetId: r.target_id,
    details,
  };
}

export async function listAuditEntries(q: Queryable, scope: AuditScope, f: AuditFilters, limit = AUDIT_PAGE_SIZE): Promise<AuditPage> {
  const rows = await q.execute<Row>(query(scope, f, limit + 1));
  const entries = rows.slice(0, limit).map(toEntry);
  const last = entries[entries.length - 1];
  const nextCursor = rows.length > limit && last ? encodeAuditCursor({ at: last.at, id: last.id }) : null;
  return { entries, nextCursor };
}

/** For the CSV export: the same filters from the newest entry (the cursor is ignored), at most `max` rows. */
export async function listAuditEntriesForExport(
  q: Queryable,
  scope: AuditScope,
  f: AuditFilters,
  max = AUDIT_EXPORT_LIMIT,
): Promise<{ entries: AuditEntryRow[]; truncated: boolean }> {
  const rows = await q.execute<Row>(query(scope, { ...f, cursor: undefined }, max + 1));
  return { entries: rows.slice(0, max).map(toEntry), truncated: rows.length > max };
}

export interface AuditDepartmentOption {
  id: string;
  name: string;
  status: string;
}

/** The department filter's options (platform scope). */
export async function listAuditDepartmentOptions(q: Queryable): Promise<AuditDepartmentOption[]> {
  const rows = await q.execute<{ id: string; name: string; status: string }>(sql`select id, name, status::text as status from departments order by name, id`);
  return rows.map((r) => ({ ...r }));
}
