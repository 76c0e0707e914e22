/**
 * GitHub's pagination for the API's lists: `per_page` (1–100, default 30), an opaque `cursor`,
 * and a `Link: <…>; rel="next"` header carrying the same filters to the next (older) page.
 */
import type { FieldProblem } from '../../http/problem';

const PER_PAGE_MAX = 100;
const PER_PAGE_DEFAULT = 30;

export interface PerPage {
  value: number;
  /** As the client sent it (null: the default), so the next page's link repeats only what was asked. */
  raw: string | null;
}

/** The page size, or the problem with it added to `errors`. */
export function parsePerPage(q: URLSearchParams, errors: FieldProblem[]): PerPage {
  const raw = q.get('per_page');
  const value = raw === null ? PER_PAGE_DEFAULT : Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > PER_PAGE_MAX) errors.push({ pointer: '?per_page', detail: `A whole number from 1 to ${PER_PAGE_MAX}.` });
  return { value, raw };
}

/** The Link header's headers for a page: none on the last one. `filters` holds the list's filters without the cursor. */
export function nextPageHeaders(url: string, filters: URLSearchParams, nextCursor: string | null, perPage: PerPage): Record<string, string> {
  if (!nextCursor) return {};
  const next = new URLSearchParams(filters);
  next.set('cursor', nextCursor);
  if (perPage.raw !== null) next.set('per_page', String(perPage.value));
  return { link: `<${url}?${next.toString()}>; rel="next"` };
}
