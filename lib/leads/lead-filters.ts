/**
 * The leads list's query string (`q`, `cursor`) parsed into checked filters for
 * db/queries/leads, written back for links and the export, and one page of the list with its
 * next cursor encoded for the page's links.
 */
import type { Queryable } from '../../db/client';
import { LEAD_SEARCH_MAX, listDepartmentLeads, type LeadCursor, type LeadListFilters, type LeadPage } from '../../db/queries/leads';
import { decodeKeysetCursor, encodeKeysetCursor, isUuid, type ParamSource } from '../params';

export function encodeLeadCursor(c: LeadCursor): string {
  return encodeKeysetCursor(c.createdAt, c.id);
}

export function decodeLeadCursor(raw: string): LeadCursor | null {
  const c = decodeKeysetCursor(raw);
  return c && isUuid(c.id) ? { createdAt: c.ts, id: c.id.toLowerCase() } : null;
}

/** Trims, collapses inner whitespace and caps the search text; '' when there is nothing to search. */
export function normalizeLeadSearch(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  // Control characters (a NUL above all: Postgres refuses it) are spaces here, like any whitespace.
  return raw.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim().slice(0, LEAD_SEARCH_MAX).trim();
}

function first(src: ParamSource, key: string): string | undefined {
  const v = src instanceof URLSearchParams ? (src.get(key) ?? undefined) : src[key];
  return Array.isArray(v) ? v[0] : v;
}

/** `?q=` and `?cursor=` → filters. A malformed cursor is dropped (first page) and reported. */
export function parseLeadListParams(src: ParamSource): { filters: LeadListFilters; invalidCursor: boolean } {
  const filters: LeadListFilters = {};
  const search = normalizeLeadSearch(first(src, 'q'));
  if (search) filters.search = search;
  const rawCursor = first(src, 'cursor')?.trim();
  let invalidCursor = false;
  if (rawCursor) {
    const c = decodeLeadCursor(rawCursor);
    if (c) filters.cursor = c;
    else invalidCursor = true;
  }
  return { filters, invalidCursor };
}

/** Filters → query string, for links and the export. */
export function leadParams(f: LeadListFilters, opts: { cursor?: boolean } = {}): URLSearchParams {
  const p = new URLSearchParams();
  if (f.search) p.set('q', f.search);
  if (opts.cursor !== false && f.cursor) p.set('cursor', encodeLeadCursor(f.cursor));
  return p;
}

/** One page of the department's leads, its next cursor ready for a link. */
export async function listLeadPage(q: Queryable, departmentId: string, filters: LeadListFilters, limit?: number): Promise<LeadPage> {
  const page = await listDepartmentLeads(q, departmentId, filters, limit);
  return { ...page, nextCursor: page.nextCursor ? encodeLeadCursor(page.nextCursor) : null };
}
