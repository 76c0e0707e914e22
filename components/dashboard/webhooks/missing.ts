/**
 * Replay missing, in words: the leads that arrived while a webhook was disabled or inactive
 * (its `skipped` deliveries). A plain module, so server pages and client components share it.
 */
import type { StaffMessages } from '@/lib/i18n/staff';
import { formatDateTime } from '@/lib/time';

export interface MissingInfo {
  count: number;
  /** ISO UTC: the oldest lead not sent. */
  since: string | null;
}

/** "3 solicitudes llegaron mientras este webhook estaba desactivado (desde 2026-05-01 14:02 AST)." */
export function leadsWhileDisabled(info: MissingInfo, m: StaffMessages): string {
  return m.webhooks.leadsWhileDisabled(info.count, info.since ? formatDateTime(info.since) : null);
}
