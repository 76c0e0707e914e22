/**
 * Replay missing, in words: the leads that arrived while a webhook was disabled or inactive
 * (its `skipped` deliveries). A plain module, so server pages and client components share it.
 */
import { formatDateTime } from '@/lib/time';

export interface MissingInfo {
  count: number;
  /** ISO UTC: the oldest lead not sent. */
  since: string | null;
}

/** "3 leads arrived while this webhook was disabled (since 2026-05-01 14:02 AST)." */
export function leadsWhileDisabled(m: MissingInfo): string {
  const since = m.since ? ` (since ${formatDateTime(m.since)})` : '';
  return `${m.count} ${m.count === 1 ? 'lead' : 'leads'} arrived while this webhook was disabled${since}.`;
}
