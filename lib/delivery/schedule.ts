// The retry schedule (Svix's: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h — about
// 27.5 h over 8 attempts) and how a receiver's answer and Retry-After header bend it.

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** RETRY_DELAYS_MS[n - 1] is the wait after attempt n failed. The first attempt is immediate. */
export const RETRY_DELAYS_MS: readonly number[] = Object.freeze([
  5 * SECOND,
  5 * MINUTE,
  30 * MINUTE,
  2 * HOUR,
  5 * HOUR,
  10 * HOUR,
  10 * HOUR,
]);

export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1; // 8

/** ±10 %: spreads retries of a batch that failed together so they do not return together. */
export const JITTER_RATIO = 0.1;

/** The furthest a Retry-After header may push one retry. */
export const RETRY_AFTER_CAP_MS = HOUR;

export interface NextAttemptOptions {
  /** Uniform in [0, 1); Math.random by default, injected in tests. */
  random?: () => number;
  /** From the failed attempt's Retry-After (see parseRetryAfter), if any. */
  retryAfterMs?: number | null;
}

/**
 * Milliseconds to wait before the next attempt, given how many attempts have been made
 * (including the one that just failed), or null when the schedule is exhausted.
 *
 * Retry-After can only slow the schedule down, never speed it up: the result is
 * max(scheduled, min(retryAfter, 1 h)). Honouring a shorter value would let a receiver that
 * answers `503 Retry-After: 1` during an outage burn all 8 attempts in seconds instead of
 * the ~27 hours the schedule exists to cover.
 */
export function nextAttemptDelay(attemptsMade: number, opts: NextAttemptOptions = {}): number | null {
  if (!Number.isFinite(attemptsMade) || attemptsMade < 1) return 0;
  if (attemptsMade >= MAX_ATTEMPTS) return null;
  const base = RETRY_DELAYS_MS[Math.floor(attemptsMade) - 1];
  if (base === undefined) return null;
  const random = opts.random ?? Math.random;
  const r = Math.min(Math.max(random(), 0), 1);
  const scheduled = Math.round(base * (1 + (r * 2 - 1) * JITTER_RATIO));
  const retryAfter = opts.retryAfterMs;
  if (retryAfter == null || !Number.isFinite(retryAfter) || retryAfter <= 0) return scheduled;
  return Math.max(scheduled, Math.min(Math.round(retryAfter), RETRY_AFTER_CAP_MS));
}

/**
 * Retry-After as milliseconds from `now`: delta-seconds (`120`) or an HTTP-date
 * (`Wed, 21 Oct 2015 07:28:00 GMT`). Null when absent or unparseable; a date in the past is 0.
 */
export function parseRetryAfter(header: string | null | undefined, now: Date): number | null {
  if (header == null) return null;
  const value = header.trim();
  if (value === '') return null;
  if (/^\d+$/.test(value)) {
    const seconds = Number(value);
    return Number.isSafeInteger(seconds) ? seconds * SECOND : null;
  }
  // Date.parse accepts many loose forms ("1.5" parses as a date); every HTTP-date format has
  // an alphabetic day or month name, so require one.
  if (!/[A-Za-z]{3}/.test(value)) return null;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now.getTime());
}

export type ResponseClass = 'success' | 'gone' | 'retry';

/**
 * 2xx is success; redirects count as failures because they are never followed. 410 Gone is
 * the Standard Webhooks signal that the receiver wants the endpoint disabled.
 */
export function classifyResponse(status: number): ResponseClass {
  if (status >= 200 && status <= 299) return 'success';
  if (status === 410) return 'gone';
  return 'retry';
}
