/** Dates for the webhook pages, in Puerto Rico time like the rest of the dashboard (lib/time). */
import type { StaffMessages } from '@/lib/i18n/staff';
import { formatDateTime as formatZonedDateTime, PLATFORM_TIME_ZONE, PLATFORM_TIME_ZONE_LABEL } from '@/lib/time';

export { formatTimeNear, toLocalInputValue } from '@/lib/time';
export const TIME_ZONE = PLATFORM_TIME_ZONE;
export const TIME_ZONE_LABEL = PLATFORM_TIME_ZONE_LABEL;

/** 2026-05-01 14:03 AST */
export function formatDateTime(when: Date | string): string {
  return formatZonedDateTime(when);
}

/** "Todos los eventos", "lead.created", "lead.created, ping" */
export function eventsLabel(events: readonly string[], m: StaffMessages): string {
  if (events.includes('*')) return m.webhooks.events.all;
  return events.join(', ') || m.webhooks.events.none;
}
