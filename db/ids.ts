/**
 * Ids arrive from URLs and forms as text: a query checks them here so anything that is not a
 * UUID matches nothing and never reaches a `::uuid` cast. Pure, and the only helper db/ keeps
 * for itself (db/ imports nothing from lib/; lib/params re-exports it).
 */
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(v: unknown): v is string {
  return typeof v === 'string' && UUID_RE.test(v);
}

/** Human-friendly lead references (PR-7K3MQ-9XDTA), Crockford base32; lib/leads/reference makes them. */
export const LEAD_REFERENCE_PATTERN = /^PR-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/;
