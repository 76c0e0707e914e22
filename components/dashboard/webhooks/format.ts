/**
 * Dates for the webhook pages, in Puerto Rico time like the rest of the dashboard. Built from
 * numeric parts so the server and the browser print exactly the same text.
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
});

function zoned(when: Date | string) {
  const p = Object.fromEntries(parts.formatToParts(new Date(when)).map((x) => [x.type, x.value]));
  return { y: p.year, mo: p.month, d: p.day, h: p.hour === '24' ? '00' : p.hour, mi: p.minute };
}

/** 2026-05-01 14:03 AST */
export function formatDateTime(when: Date | string): string {
  const z = zoned(when);
  return `${z.y}-${z.mo}-${z.d} ${z.h}:${z.mi} ${TIME_ZONE_LABEL}`;
}

/** "14:02 AST" when `when` falls on the same Puerto Rico day as `now`, else "2026-05-01 14:02 AST". */
export function formatTimeNear(when: Date | string, now: Date | number): string {
  const z = zoned(when);
  const n = zoned(new Date(now));
  return z.y === n.y && z.mo === n.mo && z.d === n.d ? `${z.h}:${z.mi} ${TIME_ZONE_LABEL}` : formatDateTime(when);
}

/** The value a `datetime-local` input wants, on Puerto Rico's wall clock: 2026-05-01T14:03 */
export function toLocalInputValue(when: Date | string): string {
  const z = zoned(when);
  return `${z.y}-${z.mo}-${z.d}T${z.h}:${z.mi}`;
}

/** "All events", "lead.created", "lead.created, ping" */
export function eventsLabel(events: readonly string[]): string {
  if (events.includes('*')) return 'All events';
  return events.join(', ') || 'None';
}
