/**
 * Delivery-log formatting, shared by the server and the browser. The clock itself (Puerto Rico
 * time, numeric parts so both render the same text) lives in lib/time.
 */
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

/** May 1 (daily chart labels) */
export function formatDay(iso: string, locale: TimeLocale = 'en'): string {
  return formatZonedDay(iso, locale);
}

/** "just now", "42 s ago", "5 min ago", "3 h ago", "2 d ago"; "in 5 min" for the future. */
export function formatRelative(iso: string, now: number, locale: TimeLocale = 'en'): string {
  return formatZonedRelative(iso, now, locale);
}

export function shortId(id: string): string {
  return id.slice(0, 8);
}

export function formatMs(ms: number | null): string {
  return ms === null ? '—' : `${ms.toLocaleString('en-US')} ms`;
}

export const ERROR_CLASS_LABEL: Record<string, string> = {
  timeout: 'Timeout',
  connection: 'Connection error',
  dns: 'DNS error',
  tls: 'TLS error',
  http: 'HTTP error',
  blocked: 'Blocked',
};

export const TRIGGER_LABEL: Record<string, string> = {
  auto: 'Automatic',
  manual: 'Redeliver',
  recover: 'Recover',
};
