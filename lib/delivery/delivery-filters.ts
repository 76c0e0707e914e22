/**
 * The delivery log's query string: `webhook`, `status`, `event`, `program`, `from`, `to` and the
 * opaque `cursor`, parsed into checked DeliveryFilters for db/queries/deliveries and written
 * back for links, the filter form and the JSON API. Junk becomes "no filter" plus a list of
 * what was invalid, so the page can ignore it and the API can answer 400.
 */
import { DELIVERY_EVENTS, DELIVERY_STATUSES, type DeliveryCursor, type DeliveryEvent, type DeliveryFilters, type DeliveryStatus } from '../../db/queries/deliveries';
import { decodeKeysetCursor, encodeKeysetCursor, firstParam, isUuid, parseDateRange, type ParamSource } from '../params';

export const FILTER_PARAMS = ['webhook', 'status', 'event', 'program', 'from', 'to', 'cursor'] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

export function encodeCursor(c: DeliveryCursor): string {
  return encodeKeysetCursor(c.createdAt, c.id);
}

export function decodeCursor(raw: string): DeliveryCursor | null {
  const c = decodeKeysetCursor(raw);
  return c && isUuid(c.id) ? { createdAt: c.ts, id: c.id.toLowerCase() } : null;
}

/**
 * Query-string values → filters. An empty value means "no filter" (a GET form sends
 * `webhook=` for "All webhooks"); an invalid one is dropped and named in `invalid`.
 */
export function parseDeliveryFilters(src: ParamSource): { filters: DeliveryFilters; invalid: FilterParam[] } {
  const filters: DeliveryFilters = {};
  const invalid: FilterParam[] = [];
  const webhook = firstParam(src, 'webhook');
  if (webhook !== undefined) {
    if (isUuid(webhook)) filters.webhookId = webhook.toLowerCase();
    else invalid.push('webhook');
  }
  const status = firstParam(src, 'status');
  if (status !== undefined) {
    if ((DELIVERY_STATUSES as readonly string[]).includes(status)) filters.status = status as DeliveryStatus;
    else invalid.push('status');
  }
  const event = firstParam(src, 'event');
  if (event !== undefined) {
    if ((DELIVERY_EVENTS as readonly string[]).includes(event)) filters.event = event as DeliveryEvent;
    else invalid.push('event');
  }
  const program = firstParam(src, 'program');
  if (program !== undefined) {
    if (isUuid(program)) filters.programId = program.toLowerCase();
    else invalid.push('program');
  }
  const range = parseDateRange(src);
  Object.assign(filters, range.range);
  invalid.push(...range.invalid);
  const cursor = firstParam(src, 'cursor');
  if (cursor !== undefined) {
    const c = decodeCursor(cursor);
    if (c) filters.cursor = c;
    else invalid.push('cursor');
  }
  return { filters, invalid };
}

/** Filters → query string (for links, the form, and the JSON API). */
export function filtersToSearchParams(f: DeliveryFilters, opts: { cursor?: boolean } = { cursor: true }): URLSearchParams {
  const p = new URLSearchParams();
  if (f.webhookId) p.set('webhook', f.webhookId);
  if (f.status) p.set('status', f.status);
  if (f.event) p.set('event', f.event);
  if (f.programId) p.set('program', f.programId);
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  if (opts.cursor !== false && f.cursor) p.set('cursor', encodeCursor(f.cursor));
  return p;
}
