/**
 * Failure alert settings, read here with their defaults (docs/decisions/016-failure-alerts.md):
 * - PUENTE_ALERT_AFTER_FAILURES (3): attempts failed in a row that make a webhook "failing".
 *   Three is one lead's third attempt, about five minutes after its first.
 * - PUENTE_ALERT_DIGEST_HOUR_UTC (13, i.e. 09:00 in Puerto Rico): when the daily digests go.
 */
export interface AlertSettings {
  afterFailures: number;
  digestHourUtc: number;
}

function intIn(raw: string | undefined, min: number, max: number, fallback: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

export function alertSettings(e: Record<string, string | undefined> = process.env): AlertSettings {
  return {
    afterFailures: intIn(e.PUENTE_ALERT_AFTER_FAILURES, 1, 1000, 3),
    digestHourUtc: intIn(e.PUENTE_ALERT_DIGEST_HOUR_UTC, 0, 23, 13),
  };
}

/** The latest daily digest moment at or before `now`: today's digest hour, else yesterday's. */
export function digestSlot(now: Date, hourUtc: number): Date {
  const slot = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hourUtc));
  if (slot.getTime() > now.getTime()) slot.setUTCDate(slot.getUTCDate() - 1);
  return slot;
}
