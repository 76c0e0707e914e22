/**
 * From a webhook's stored health to what people should be told (pure; the scan feeds it).
 * docs/decisions/016-failure-alerts.md has the state diagram.
 */
export type AlertState = 'ok' | 'failing' | 'disabled';
export type AlertNotice = 'failing' | 'disabled' | 'recovered';

export interface WebhookHealth {
  active: boolean;
  departmentApproved: boolean;
  disabledAt: Date | null;
  failingSince: Date | null;
  /** The breaker's count (timeouts, connection errors, 5xx, 429 in a row). */
  consecutiveFailures: number;
  /** Attempts since failing_since (all failed: a success clears it), counted up to the threshold. */
  failedAttempts: number;
  /** A delivery ran out of its retries since failing_since. */
  gaveUp: boolean;
}

/** 'inactive': switched off by a person, or its department is not approved: no alerts. */
export type LiveState = AlertState | 'inactive';

export function liveState(h: WebhookHealth, afterFailures: number): LiveState {
  if (h.disabledAt) return 'disabled';
  if (!h.active || !h.departmentApproved) return 'inactive';
  if (h.failingSince && (h.gaveUp || h.failedAttempts >= afterFailures || h.consecutiveFailures >= afterFailures)) return 'failing';
  return 'ok';
}

export interface Transition {
  from: AlertState;
  to: AlertState;
  /** The e-mail this change owes, or null for a quiet reset. */
  notice: AlertNotice | null;
}

/**
 * `stored`: what people were last told (null: never anything, i.e. ok). `succeededSince`: a
 * delivery to it succeeded after the stored state began. Returns null when nothing changes.
 *
 * - ok → failing, ok → disabled, failing → disabled: the new state's e-mail.
 * - disabled → failing: re-enabled by a person and still failing: the "failing" e-mail.
 * - failing/disabled → ok only on a real success ("recovered"); a webhook that was re-enabled
 *   and has not been tried yet stays where it was until it succeeds or fails again.
 * - switched off by a person (or its department suspended): back to ok without an e-mail.
 */
export function decideTransition(stored: AlertState | null, live: LiveState, succeededSince: boolean): Transition | null {
  const from = stored ?? 'ok';
  if (live === 'inactive') return from === 'ok' ? null : { from, to: 'ok', notice: null };
  if (live === from) return null;
  if (live === 'ok') return succeededSince ? { from, to: 'ok', notice: 'recovered' } : null;
  return { from, to: live, notice: live };
}
