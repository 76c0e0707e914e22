/**
 * Leads as one department's staff and admins see them: only leads that chose at least one
 * program of THAT department, and of each lead only that department's programs and
 * deliveries. Every statement carries the department id; a lead id of another department
 * matches nothing, exactly like a missing one.
 *
 * The list is newest first with keyset pagination on (created_at, id) — never OFFSET — read
 * in the order of `leads_created_idx` (DESC NULLS LAST, hence the `nulls last` below).
 *
 * Search is a plain case-insensitive substring match (ILIKE) on name, email, business name and
 * reference. The user's text is length-capped and its `%`, `_` and `\` are escaped, so it is
 * always a literal substring, never a pattern.
 *
 * The query string (`q`, `cursor`) is parsed in lib/leads/lead-filters: filters arrive here
 * already checked.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../client';
import { isUuid } from '../ids';

export const LEADS_PAGE_SIZE = 50;
/** Longer search text is cut to this many characters. */
export const LEAD_SEARCH_MAX = 100;
/** An export holds at most this many leads (the newest), and says so when it was cut. */
export const LEAD_EXPORT_MAX = 50_000;


export const isLeadId = isUuid;

// ---------------------------------------------------------------- search & cursor

export interface LeadCursor {
  /** created_at with microseconds (ISO, UTC): JS Dates keep only milliseconds. */
  createdAt: string;
  id: string;
}

export interface LeadListFilters {
  /** Already trimmed and capped; never empty. */
  search?: string;
  cursor?: LeadCursor;
}

/** `%`, `_` and the escape character itself made literal for LIKE/ILIKE (escape character `\`). */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

// ---------------------------------------------------------------- the list

export interface LeadProgramRef {
  id: string;
  titleEs: string;
  titleEn: string;
}

export interface LeadListItem {
  id: string;
  reference: string;
  name: string;
  email: string;
  businessName: string;
  municipality: string;
  /** ISO, UTC, microseconds. */
  createdAt: string;
  /** Set once retention blanked the personal fields. */
  purgedAt: string | null;
  /** Only this department's programs. */
  programs: LeadProgramRef[];
}

/** One page of leads; the query gives the next page's cursor as a value, lib/leads/lead-filters encodes it (`C` = string). */
export interface LeadPage<C = string> {
  items: LeadListItem[];
  /** Where the next (older) page starts, or null on the last page. */
  nextCursor: C | null;
}

const iso = (col: SQL) => sql`to_char(${col} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** The lead chose at least one program of the department. */
const ofDepartment = (departmentId: string) => sql`exists (
  select 1 from lead_programs lp join programs p on p.id = lp.program_id
   where lp.lead_id = l.id and p.department_id = ${departmentId}::uuid)`;

/** This department's programs of the lead, as a JSON array. */
const departmentPrograms = (departmentId: string) => sql`coalesce((
  select json_agg(json_build_object('id', p.id, 'titleEs', p.title_es, 'titleEn', p.title_en) order by p.title_es, p.id)
    from lead_programs lp join programs p on p.id = lp.program_id
   where lp.lead_id = l.id and p.department_id = ${departmentId}::uuid), '[]'::json)`;

function searchCondition(search: string | undefined): SQL {
  if (!search) return sql``;
  const pattern = `%${escapeLike(search)}%`;
  return sql` and (l.name ilike ${pattern} escape '\\' or l.email ilike ${pattern} escape '\\'
                or l.business_name ilike ${pattern} escape '\\' or l.reference ilike ${pattern} escape '\\')`;
}

function keyset(cursor: LeadCursor | undefined): SQL {
  return cursor ? sql` and (l.created_at, l.id) < (${cursor.createdAt}::timestamptz, ${cursor.id}::uuid)` : sql``;
}

function programList(v: unknown): LeadProgramRef[] {
  const arr = typeof v === 'string' ? (JSON.parse(v) as unknown) : v;
  return Array.isArray(arr) ? (arr as LeadProgramRef[]) : [];
}

type ListRow = {
  id: string;
  reference: string;
  name: string;
  email: string;
  business_name: string;
  municipality: string;
  created_at: string;
  purged_at: string | null;
  programs: unknown;
};

export function listDepartmentLeadsQuery(departmentId: string, f: LeadListFilters, limit = LEADS_PAGE_SIZE): SQL {
  return sql`
    select l.id, l.reference, l.name, l.email, l.business_name, l.municipality,
           ${iso(sql`l.created_at`)} as created_at, ${iso(sql`l.purged_at`)} as purged_at,
           ${departmentPrograms(departmentId)} as programs
      from leads l
     where ${ofDepartment(departmentId)}${searchCondition(f.search)}${keyset(f.cursor)}
     order by l.created_at desc nulls last, l.id desc nulls last
     limit ${limit + 1}`;
}

export async function listDepartmentLeads(q: Queryable, departmentId: string, f: LeadListFilters, limit = LEADS_PAGE_SIZE): Promise<LeadPage<LeadCursor>> {
  const rows = await q.execute<ListRow>(listDepartmentLeadsQuery(departmentId, f, limit));
  const items = rows.slice(0, limit).map(
    (r): LeadListItem => ({
      id: r.id,
      reference: r.reference,
      name: r.name,
      email: r.email,
      businessName: r.business_name,
      municipality: r.municipality,
      createdAt: r.created_at,
      purgedAt: r.purged_at,
      programs: programList(r.programs),
    }),
  );
  const last = items[items.length - 1];
  const nextCursor = rows.length > limit && last ? { createdAt: last.createdAt, id: last.id } : null;
  return { items, nextCursor };
}

// ---------------------------------------------------------------- one lead

export interface LeadDetail {
  id: string;
  reference: string;
  name: string;
  email: string;
  phone: string;
  businessName: string;
  municipality: string;
  businessStage: string;
  sector: string;
  message: string;
  locale: string;
  consentAt: string;
  consentedDepartments: string[];
  createdAt: string;
  purgedAt: string | null;
  programs: LeadProgramRef[];
}

export interface LeadDeliveryItem {
  id: string;
  eventType: string;
  status: 'pending' | 'retrying' | 'delivered' | 'failed' | 'held' | 'skipped';
  attemptCount: number;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  lastAttemptAt: string | null;
  deliveredAt: string | null;
  webhookUrl: string;
}

type DetailRow = Omit<ListRow, 'programs'> & {
  phone: string;
  business_stage: string;
  sector: string;
  message: string;
  locale: string;
  consent_at: string;
  consented_departments: unknown;
  programs: unknown;
};

function stringList(v: unknown): string[] {
  const arr = typeof v === 'string' ? (JSON.parse(v) as unknown) : v;
  return Array.isArray(arr) ? arr.filter((x): x is string => typeof x === 'string') : [];
}

const detailColumns = (departmentId: string) => sql`
  l.id, l.reference, l.name, l.email, l.phone, l.business_name, l.municipality, l.business_stage, l.sector, l.message, l.locale,
  ${iso(sql`l.consent_at`)} as consent_at, l.consented_departments, ${iso(sql`l.created_at`)} as created_at,
  ${iso(sql`l.purged_at`)} as purged_at, ${departmentPrograms(departmentId)} as programs`;

function toDetail(r: DetailRow): LeadDetail {
  return {
    id: r.id,
    reference: r.reference,
    name: r.name,
    email: r.email,
    phone: r.phone,
    businessName: r.business_name,
    municipality: r.municipality,
    businessStage: r.business_stage,
    sector: r.sector,
    message: r.message,
    locale: r.locale,
    consentAt: r.consent_at,
    consentedDepartments: stringList(r.consented_departments),
    createdAt: r.created_at,
    purgedAt: r.purged_at,
    programs: programList(r.programs),
  };
}

/** The lead, if it chose a program of this department; null otherwise (missing or someone else's). */
export async function getDepartmentLead(q: Queryable, departmentId: string, leadId: string): Promise<LeadDetail | null> {
  if (!isLeadId(leadId)) return null;
  const rows = await q.execute<DetailRow>(sql`
    select ${detailColumns(departmentId)}
      from leads l
     where l.id = ${leadId.toLowerCase()}::uuid and ${ofDepartment(departmentId)}`);
  const r = rows[0];
  return r ? toDetail(r) : null;
}

/** The lead's deliveries to THIS department's webhooks (its events → deliveries), newest first. */
export async function listLeadDeliveries(q: Queryable, departmentId: string, leadId: string): Promise<LeadDeliveryItem[]> {
  if (!isLeadId(leadId)) return [];
  const rows = await q.execute<{
    id: string;
    event_type: string;
    status: LeadDeliveryItem['status'];
    attempt_count: number;
    last_status_code: number | null;
    last_error: string | null;
    created_at: string;
    last_attempt_at: string | null;
    delivered_at: string | null;
    webhook_url: string;
  }>(sql`
    select d.id, d.event_type, d.status, d.attempt_count, d.last_status_code, d.last_error,
           ${iso(sql`d.created_at`)} as created_at, ${iso(sql`d.last_attempt_at`)} as last_attempt_at,
           ${iso(sql`d.delivered_at`)} as delivered_at, w.url as webhook_url
      from events e
      join deliveries d on d.event_id = e.id
      join webhooks w on w.id = d.webhook_id
     where e.lead_id = ${leadId.toLowerCase()}::uuid and d.department_id = ${departmentId}::uuid
     order by d.created_at desc, d.id desc`);
  return rows.map((r) => ({
    id: r.id,
    eventType: r.event_type,
    status: r.status,
    attemptCount: r.attempt_count,
    lastStatusCode: r.last_status_code,
    lastError: r.last_error,
    createdAt: r.created_at,
    lastAttemptAt: r.last_attempt_at,
    deliveredAt: r.delivered_at,
    webhookUrl: r.webhook_url,
  }));
}

// ---------------------------------------------------------------- export

/**
 * Every lead of the department matching the search (newest first, at most `max`), read in
 * keyset batches so no single statement is huge.
 */
export async function listDepartmentLeadsForExport(
  q: Queryable,
  departmentId: string,
  search: string | undefined,
  opts: { max?: number; batch?: number } = {},
): Promise<{ leads: LeadDetail[]; truncated: boolean }> {
  const max = opts.max ?? LEAD_EXPORT_MAX;
  const batch = opts.batch ?? 1000;
  const out: LeadDetail[] = [];
  let cursor: LeadCursor | undefined;
  for (;;) {
    const want = Math.min(batch, max + 1 - out.length);
    const rows = await q.execute<DetailRow>(sql`
      select ${detailColumns(departmentId)}
        from leads l
       where ${ofDepartment(departmentId)}${searchCondition(search)}${keyset(cursor)}
       order by l.created_at desc nulls last, l.id desc nulls last
       limit ${want}`);
    for (const r of rows) out.push(toDetail(r));
    const last = out[out.length - 1];
    if (out.length > max) return { leads: out.slice(0, max), truncated: true };
    if (rows.length < want || !last) return { leads: out, truncated: false };
    cursor = { createdAt: last.createdAt, id: last.id };
  }
}
