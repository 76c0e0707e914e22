/**
 * The circuit breaker in words (docs/decisions/012-delivery-engine-v2.md). While a webhook's
 * breaker is open, nothing is sent to it before `nextProbeAt`; then one delivery goes alone as a
 * probe, and if the endpoint answers, the rest follow. Shared by the webhook pages, the delivery
 * log and a delivery's page, on the server and in the browser (same text on both: `now` is
 * passed in, times come from the numeric formatters, words from the staff catalogue).
 */
import type { StaffMessages } from '@/lib/i18n/staff';
import { formatTimeNear } from '@/lib/time';

/** `paused`: before the next probe. `probing`: the probe time has passed; the next delivery is the probe. */
export type BreakerPhase = 'paused' | 'probing';

export interface BreakerFields {
  active: boolean;
  disabledAt: unknown;
  nextProbeAt: string | Date | null;
}

/** null: the breaker is closed, or the webhook is disabled or inactive (then it is held anyway). */
export function breakerPhase(w: BreakerFields, now: number): BreakerPhase | null {
  if (!w.active || w.disabledAt || !w.nextProbeAt) return null;
  return new Date(w.nextProbeAt).getTime() > now ? 'paused' : 'probing';
}

/** The same for a webhook already known to be enabled (the delivery log's paused list). */
export function phaseOf(nextProbeAt: string | Date | null, now: number): BreakerPhase | null {
  return breakerPhase({ active: true, disabledAt: null, nextProbeAt }, now);
}

/**
 * "En pausa: el destino no responde desde 14:02 AST; próxima prueba: 14:07 AST"
 * "En prueba: se comprueba si el destino vuelve a responder (no responde desde 14:02 AST)"
 */
export function breakerHeadline(phase: BreakerPhase, b: { coolingSince: string | Date | null; nextProbeAt: string | Date }, now: number, m: StaffMessages): string {
  const since = b.coolingSince ? formatTimeNear(b.coolingSince, now) : null;
  return phase === 'paused' ? m.webhooks.breaker.paused(since, formatTimeNear(b.nextProbeAt, now)) : m.webhooks.breaker.probing(since);
}

/** What happens meanwhile, in one sentence. */
export function breakerExplanation(phase: BreakerPhase, m: StaffMessages): string {
  return phase === 'paused' ? m.webhooks.breaker.explainPaused : m.webhooks.breaker.explainProbing;
}

/** For a pending or retrying delivery of a webhook whose breaker is open. */
export function waitsForProbe(phase: BreakerPhase, nextProbeAt: string | Date, now: number, m: StaffMessages): string {
  return phase === 'paused' ? m.webhooks.breaker.waitsPaused(formatTimeNear(nextProbeAt, now)) : m.webhooks.breaker.waitsProbing;
}
