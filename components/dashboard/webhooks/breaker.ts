/**
 * The circuit breaker in words (docs/decisions/012-delivery-engine-v2.md). While a webhook's
 * breaker is open, nothing is sent to it before `nextProbeAt`; then one delivery goes alone as a
 * probe, and if the endpoint answers, the rest follow. Shared by the webhook pages, the delivery
 * log and a delivery's page, on the server and in the browser (same text on both: `now` is
 * passed in, times come from the numeric formatters).
 */
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
 * "Paused: endpoint not answering since 14:02 AST, next probe 14:07 AST"
 * "Probing: checking whether the endpoint answers again (not answering since 14:02 AST)"
 */
export function breakerHeadline(phase: BreakerPhase, b: { coolingSince: string | Date | null; nextProbeAt: string | Date }, now: number): string {
  const since = b.coolingSince ? ` since ${formatTimeNear(b.coolingSince, now)}` : '';
  if (phase === 'paused') return `Paused: endpoint not answering${since}, next probe ${formatTimeNear(b.nextProbeAt, now)}`;
  return `Probing: checking whether the endpoint answers again${b.coolingSince ? ` (not answering since ${formatTimeNear(b.coolingSince, now)})` : ''}`;
}

/** What happens meanwhile, in one sentence. */
export function breakerExplanation(phase: BreakerPhase): string {
  return phase === 'paused'
    ? 'Puente sends nothing to this endpoint until the probe: then one delivery goes alone, and if the endpoint answers, the rest follow. Deliveries wait meanwhile; none is dropped.'
    : 'The next delivery goes alone, as a probe: if the endpoint answers, the rest follow; if not, Puente waits longer before the next probe. Deliveries wait meanwhile; none is dropped.';
}

/** For a pending or retrying delivery of a webhook whose breaker is open. */
export function waitsForProbe(phase: BreakerPhase, nextProbeAt: string | Date, now: number): string {
  return phase === 'paused' ? `Next attempt waits for the probe at ${formatTimeNear(nextProbeAt, now)}` : 'Next attempt waits for the probe now under way';
}
