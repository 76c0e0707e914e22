/**
 * What arrives in URLs and forms is text: these turn it into checked values, so a bad id or
 * date is "not found" or a field error, never a database error. Shared by every list page
 * (deliveries, leads, audit) and every action that takes ids.
 */
import { isUuid } from '../db/ids';
import { isCalendarDate } from './time';

export { isCalendarDate, isUuid };

/** A keyset cursor's timestamp: ISO, UTC, with up to microseconds (Postgres keeps them; JS Dates do not). */
const CURSOR_TS_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

export type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

/** The first value of a query parameter, trimmed; undefined when absent or blank. */
export function firstParam(src: ParamSource, key: string): string | undefined {
  const v = src instanceof URLSearchParams ? (src.get(key) ?? undefined) : src[key];
  const s = Array.isArray(v) ? v[0] : v;
  const t = s?.trim();
  return t ? t : undefined;
}

/**
 * `from` and `to` (inclusive days, YYYY-MM-DD): each kept when it is a real day, `to` only when
 * not before `from`; whatever is dropped is named in `invalid` so the page can say so.
 */
export function parseDateRange(src: ParamSource): { range: { from?: string; to?: string }; invalid: ('from' | 'to')[] } {
  const range: { from?: string; to?: string } = {};
  const invalid: ('from' | 'to')[] = [];
  const from = firstParam(src, 'from');
  if (from !== undefined) {
    if (isCalendarDate(from)) range.from = from;
    else invalid.push('from');
  }
  const to = firstParam(src, 'to');
  if (to !== undefined) {
    if (isCalendarDate(to) && (!range.from || range.from <= to)) range.to = to;
    else invalid.push('to');
  }
  return { range, invalid };
}

/** A keyset-pagination cursor: "(timestamp, id)" of the last row shown, opaque to the browser. */
export function encodeKeysetCursor(ts: string, id: string | number): string {
  return Buffer.from(`${ts}|${id}`, 'utf8').toString('base64url');
}

/** The cursor's timestamp and raw id, or null when it is not one of ours; callers check the id. */
export function decodeKeysetCursor(raw: string): { ts: string; id: string } | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(raw)) return null;
  const [ts, id, ...rest] = Buffer.from(raw, 'base64url').toString('utf8').split('|');
  if (rest.length > 0 || !ts || !id || !CURSOR_TS_RE.test(ts) || Number.isNaN(Date.parse(ts))) return null;
  return { ts, id };
}
