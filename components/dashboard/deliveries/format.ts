/**
 * Delivery-log formatting, shared by the server and the browser. The clock itself (Puerto Rico
 * time, numeric parts so both render the same text) lives in lib/time.
 */
import type { StaffMessages } from '@/lib/i18n/staff';
import { formatDateTime, formatDay as formatZonedDay, formatRelative as formatZonedRelative, formatTime, PLATFORM_TIME_ZONE, PLATFORM_TIME_ZONE_LABEL, type TimeLocale } from '@/lib/time';

export const TIME_ZONE = PLATFORM_TIME_ZONE;
export const TIME_ZONE_LABEL = PLATFORM_TIME_ZONE_LABEL;

/** 2026-05-01 14:03:22 AST */
export function formatAbsolute(iso: string): string {
  return formatDateTime(iso, { seconds: true });
}

/** 14:00 (hourly chart labels) */
export function formatHour(iso: string): string {
  return formatTime(iso);
}

/** "May 1" / "1 may" (daily chart labels) */
export function formatDay(iso: string, locale: TimeLocale = 'en'): string {
  return formatZonedDay(iso, locale);
}

/** "just now", "42 s ago", "5 min ago", "3 h ago", "2 d ago"; "in 5 min" for the future (es: "hace 5 min", "en 5 min"). */
export function formatRelative(iso: string, now: number, locale: TimeLocale = 'en'): string {
  return formatZonedRelative(iso, now, locale);
}

export function shortId(id: string): string {
  return id.slice(0, 8);
}

export function formatMs(ms: number | null): string {
  return ms === null ? '—' : `${ms.toLocaleString('en-US')} ms`;
}

/** Why an attempt got no HTTP answer ("Tiempo de espera agotado"); an unknown class as stored. */
export function errorClassLabel(errorClass: string | null, m: StaffMessages): string {
  if (errorClass === null) return m.deliveries.errorFallback;
  return m.deliveries.errorClass[errorClass] ?? errorClass;
}

/** What started an attempt: the schedule, Redeliver or Recover. */
export function triggerLabel(trigger: string, m: StaffMessages): string {
  return m.deliveries.trigger[trigger] ?? trigger;
}
