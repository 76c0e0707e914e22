/**
 * The platform's clock: Puerto Rico time (AST, UTC−4 all year), 24-hour, in Spanish or English.
 * The one place that names the zone; everything that shows, parses or buckets a time by the
 * wall clock takes it from here (SQL gets PLATFORM_TIME_ZONE as a parameter).
 *
 * Pure (Intl only) so client components can import it. Output is built from numeric parts and
 * our own month names, never from ICU's locale strings, so the server and the browser render
 * exactly the same text and hydration never sees a difference.
 */

export const PLATFORM_TIME_ZONE = 'America/Puerto_Rico';
/** What the dashboard prints after a time. */
export const PLATFORM_TIME_ZONE_LABEL = 'AST';

export type TimeLocale = 'es' | 'en';
export type TimeInput = Date | string | number;

const MONTHS: Record<TimeLocale, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
};
const MONTHS_LONG: Record<TimeLocale, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: PLATFORM_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Wall-clock parts in Puerto Rico, zero-padded ("2026", "05", "01", "14", "03", "22"). */
export interface ZonedParts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
}

function toDate(when: TimeInput): Date {
  return when instanceof Date ? when : new Date(when);
}

/** The parts of `when` on Puerto Rico's wall clock, or null for an invalid date. */
export function zonedParts(when: TimeInput): ZonedParts | null {
  const d = toDate(when);
  if (Number.isNaN(d.getTime())) return null;
  const p: Record<string, string> = {};
  for (const x of partsFormat.formatToParts(d)) p[x.type] = x.value;
  return {
    year: p.year ?? '',
    month: p.month ?? '',
    day: p.day ?? '',
    // Some engines print midnight as 24 even with h23.
    hour: p.hour === '24' ? '00' : (p.hour ?? ''),
    minute: p.minute ?? '',
    second: p.second ?? '',
  };
}

/** What a formatter prints for a date it cannot read. */
export const INVALID_TIME = '—';

/** 2026-05-01 */
export function formatDate(when: TimeInput): string {
  const z = zonedParts(when);
  return z ? `${z.year}-${z.month}-${z.day}` : INVALID_TIME;
}

/** 14:03, or 14:03:22 with seconds. */
export function formatTime(when: TimeInput, opts: { seconds?: boolean } = {}): string {
  const z = zonedParts(when);
  if (!z) return INVALID_TIME;
  return opts.seconds ? `${z.hour}:${z.minute}:${z.second}` : `${z.hour}:${z.minute}`;
}

/** 2026-05-01 14:03 AST (with `seconds`: 2026-05-01 14:03:22 AST; `label: false` drops "AST"). */
export function formatDateTime(when: TimeInput, opts: { seconds?: boolean; label?: boolean } = {}): string {
  const z = zonedParts(when);
  if (!z) return INVALID_TIME;
  const time = opts.seconds ? `${z.hour}:${z.minute}:${z.second}` : `${z.hour}:${z.minute}`;
  return `${z.year}-${z.month}-${z.day} ${time}${opts.label === false ? '' : ` ${PLATFORM_TIME_ZONE_LABEL}`}`;
}

/** "14:02 AST" when `when` falls on the same Puerto Rico day as `now`, else "2026-05-01 14:02 AST". */
export function formatTimeNear(when: TimeInput, now: TimeInput): string {
  const z = zonedParts(when);
  const n = zonedParts(now);
  if (!z) return INVALID_TIME;
  return n && z.year === n.year && z.month === n.month && z.day === n.day
    ? `${z.hour}:${z.minute} ${PLATFORM_TIME_ZONE_LABEL}`
    : formatDateTime(when);
}

/** Chart labels: "May 1" / "1 may". */
export function formatDay(when: TimeInput, locale: TimeLocale = 'en'): string {
  const z = zonedParts(when);
  if (!z) return INVALID_TIME;
  const month = MONTHS[locale][Number(z.month) - 1] ?? z.month;
  return locale === 'es' ? `${Number(z.day)} ${month}` : `${month} ${Number(z.day)}`;
}

/** For sentences: "May 1, 2026, 14:03 AST" / "1 de mayo de 2026, 14:03 AST". */
export function formatLongDateTime(when: TimeInput, locale: TimeLocale = 'en'): string {
  const z = zonedParts(when);
  if (!z) return INVALID_TIME;
  const month = MONTHS_LONG[locale][Number(z.month) - 1] ?? z.month;
  const day = Number(z.day);
  const date = locale === 'es' ? `${day} de ${month} de ${z.year}` : `${month} ${day}, ${z.year}`;
  return `${date}, ${z.hour}:${z.minute} ${PLATFORM_TIME_ZONE_LABEL}`;
}

const RELATIVE: Record<TimeLocale, { soon: string; justNow: string; future: (t: string) => string; past: (t: string) => string }> = {
  en: { soon: 'in a moment', justNow: 'just now', future: (t) => `in ${t}`, past: (t) => `${t} ago` },
  es: { soon: 'en un momento', justNow: 'ahora mismo', future: (t) => `en ${t}`, past: (t) => `hace ${t}` },
};

/** "just now", "42 s ago", "5 min ago", "3 h ago", "2 d ago"; "in 5 min" for the future (es: "hace 5 min", "en 5 min"). */
export function formatRelative(when: TimeInput, now: TimeInput, locale: TimeLocale = 'en'): string {
  const t = toDate(when).getTime();
  const n = toDate(now).getTime();
  if (Number.isNaN(t) || Number.isNaN(n)) return INVALID_TIME;
  const words = RELATIVE[locale];
  const diff = t - n;
  const s = Math.round(Math.abs(diff) / 1000);
  if (s < 5) return diff > 0 ? words.soon : words.justNow;
  const text =
    s < 60 ? `${s} s` : s < 3600 ? `${Math.floor(s / 60)} min` : s < 86_400 ? `${Math.floor(s / 3600)} h` : `${Math.floor(s / 86_400)} d`;
  return diff > 0 ? words.future(text) : words.past(text);
}

/**
 * The value of the app's own date-time inputs, on Puerto Rico's wall clock, 24-hour:
 * 2026-05-01 14:03 ('' when invalid). One format in both languages, whatever the browser's
 * locale would show in a native `datetime-local` picker.
 */
export function toLocalInputValue(when: TimeInput): string {
  const z = zonedParts(when);
  return z ? `${z.year}-${z.month}-${z.day} ${z.hour}:${z.minute}` : '';
}

// ---------------------------------------------------------------- parsing filter inputs

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/;

/** YYYY-MM-DD naming a real day between 2000 and 2200. */
export function isCalendarDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  return !!m && realDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

function realDay(y: number, mo: number, d: number): boolean {
  if (y < 2000 || y > 2200) return false;
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** The instant at which Puerto Rico's wall clock shows this date and time. */
function fromWallClock(y: number, mo: number, d: number, h: number, mi: number, s: number): Date {
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  // The zone's offset at that moment: read the UTC instant on the zone's clock and compare.
  const z = zonedParts(asUtc);
  if (!z) return new Date(Number.NaN);
  const zoned = Date.UTC(Number(z.year), Number(z.month) - 1, Number(z.day), Number(z.hour), Number(z.minute), Number(z.second));
  return new Date(asUtc - (zoned - asUtc));
}

/**
 * A date-time input's value (YYYY-MM-DD HH:mm[:ss[.sss]], or with a T) read on Puerto Rico's wall clock, or
 * null when it is not a real date and time between 2000 and 2200.
 */
export function parseLocalDateTime(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const m = DATE_TIME_RE.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number) as [number, number, number, number, number, number];
  if (!realDay(y, mo, d) || h > 23 || mi > 59 || s > 59) return null;
  return fromWallClock(y, mo, d, h, mi, s);
}

/** A `date` value (YYYY-MM-DD): the instant its day starts in Puerto Rico, or null. */
export function parseLocalDate(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const v = value.trim();
  if (!isCalendarDate(v)) return null;
  const [y, mo, d] = v.split('-').map(Number) as [number, number, number];
  return fromWallClock(y, mo, d, 0, 0, 0);
}
