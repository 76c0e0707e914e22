/**
 * Formatting shared by the server and the browser. Output must be identical on both (no
 * locale- or ICU-dependent strings), or hydration would see different text: absolute times
 * are built from numeric parts in Puerto Rico time, relative times from a `now` passed in.
 */
export const TIME_ZONE = 'America/Puerto_Rico';
export const TIME_ZONE_LABEL = 'AST';

const parts = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function zoned(iso: string) {
  const d = new Date(iso);
  const p = Object.fromEntries(parts.formatToParts(d).map((x) => [x.type, x.value]));
  return { y: p.year, mo: p.month, d: p.day, h: p.hour === '24' ? '00' : p.hour, mi: p.minute, s: p.second };
}

/** 2026-05-01 14:03:22 AST */
export function formatAbsolute(iso: string): string {
  const z = zoned(iso);
  return `${z.y}-${z.mo}-${z.d} ${z.h}:${z.mi}:${z.s} ${TIME_ZONE_LABEL}`;
}

/** 14:00 (hourly chart labels) */
export function formatHour(iso: string): string {
  const z = zoned(iso);
  return `${z.h}:${z.mi}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** May 1 (daily chart labels) */
export function formatDay(iso: string): string {
  const z = zoned(iso);
  return `${MONTHS[Number(z.mo) - 1] ?? z.mo} ${Number(z.d)}`;
}

/** "just now", "42 s ago", "5 min ago", "3 h ago", "2 d ago"; "in 5 min" for the future. */
export function formatRelative(iso: string, now: number): string {
  const diff = new Date(iso).getTime() - now;
  const abs = Math.abs(diff);
  const s = Math.round(abs / 1000);
  let text: string;
  if (s < 5) return diff > 0 ? 'in a moment' : 'just now';
  if (s < 60) text = `${s} s`;
  else if (s < 3600) text = `${Math.floor(s / 60)} min`;
  else if (s < 86_400) text = `${Math.floor(s / 3600)} h`;
  else text = `${Math.floor(s / 86_400)} d`;
  return diff > 0 ? `in ${text}` : `${text} ago`;
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
