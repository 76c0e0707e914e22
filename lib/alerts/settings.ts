/**
 * Failure alert settings (docs/decisions/016-failure-alerts.md), from the checked environment:
 * - PUENTE_ALERT_AFTER_FAILURES (3): attempts failed in a row that make a webhook "failing".
 *   Three is one lead's third attempt, about five minutes after its first.
 * - PUENTE_ALERT_DIGEST_HOUR_UTC (13, i.e. 09:00 in Puerto Rico): when the daily digests go.
 */
import { env, type Env } from '../env';

export interface AlertSettings {
  afterFailures: number;
  digestHourUtc: number;
}

export function alertSettings(e: Pick<Env, 'PUENTE_ALERT_AFTER_FAILURES' | 'PUENTE_ALERT_DIGEST_HOUR_UTC'> = env()): AlertSettings {
  return { afterFailures: e.PUENTE_ALERT_AFTER_FAILURES, digestHourUtc: e.PUENTE_ALERT_DIGEST_HOUR_UTC };
}

/** The latest daily digest moment at or before `now`: today's digest hour, else yesterday's. */
export function digestSlot(now: Date, hourUtc: number): Date {
  const slot = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hourUtc));
  if (slot.getTime() > now.getTime()) slot.setUTCDate(slot.getUTCDate() - 1);
  return slot;
}
