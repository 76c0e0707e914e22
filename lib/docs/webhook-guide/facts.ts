/**
 * The numbers the receiver guide states, read from the code that enforces them (and from the
 * environment where an operator may change them), so the guide cannot drift from the engine.
 */
import { attemptErrorClass } from '../../../db/schema';
import { DEFAULT_CONNECT_TIMEOUT_MS, DEFAULT_TIMEOUT_MS, REQUEST_BODY_LIMIT, RESPONSE_BODY_LIMIT } from '../../delivery/attempt-delivery';
import { ENVELOPE_VERSION } from '../../delivery/envelope';
import { JITTER_RATIO, MAX_ATTEMPTS, RETRY_AFTER_CAP_MS, RETRY_DELAYS_MS } from '../../delivery/schedule';
import { env } from '../../env';
import { PUENTE_VERSION } from '../../version';
import { MAX_IN_FLIGHT_MAX, MAX_IN_FLIGHT_MIN, WEBHOOK_EVENTS, type WebhookEvent } from '../../webhooks/webhook-schema';
import { ROTATION_OVERLAP_MS } from '../../webhooks/webhook-secrets';

export type ErrorClass = (typeof attemptErrorClass.enumValues)[number];

export interface GuideFacts {
  /** RETRY_DELAYS_MS[n - 1]: the wait after attempt n failed. */
  retryDelaysMs: readonly number[];
  maxAttempts: number;
  jitterRatio: number;
  retryAfterCapMs: number;
  timeoutMs: number;
  connectTimeoutMs: number;
  requestBodyLimitBytes: number;
  responseBodyLimitBytes: number;
  maxInFlightDefault: number;
  maxInFlightMin: number;
  maxInFlightMax: number;
  breakerThreshold: number;
  breakerCooldownMs: number;
  breakerMaxCooldownMs: number;
  disableAfterDays: number;
  rotationOverlapMs: number;
  /** What the six snippets (examples/verify/) accept, as the standardwebhooks libraries do. */
  toleranceSeconds: number;
  /** Custom headers per webhook (lib/webhooks/webhook-schema.ts refuses more). */
  maxCustomHeaders: number;
  envelopeVersion: string;
  userAgent: string;
  events: readonly WebhookEvent[];
  errorClasses: readonly ErrorClass[];
}

export const SIGNATURE_TOLERANCE_SECONDS = 5 * 60;
export const MAX_CUSTOM_HEADERS = 10;

/** The facts of this deployment: code constants, and the operator's settings from the environment. */
export function deliveryFacts(): GuideFacts {
  const e = env();
  return {
    retryDelaysMs: RETRY_DELAYS_MS,
    maxAttempts: MAX_ATTEMPTS,
    jitterRatio: JITTER_RATIO,
    retryAfterCapMs: RETRY_AFTER_CAP_MS,
    timeoutMs: e.PUENTE_HTTP_TIMEOUT_MS ?? DEFAULT_TIMEOUT_MS,
    connectTimeoutMs: DEFAULT_CONNECT_TIMEOUT_MS,
    requestBodyLimitBytes: REQUEST_BODY_LIMIT,
    responseBodyLimitBytes: RESPONSE_BODY_LIMIT,
    maxInFlightDefault: e.PUENTE_WEBHOOK_MAX_IN_FLIGHT,
    maxInFlightMin: MAX_IN_FLIGHT_MIN,
    maxInFlightMax: MAX_IN_FLIGHT_MAX,
    breakerThreshold: e.PUENTE_BREAKER_THRESHOLD,
    breakerCooldownMs: e.PUENTE_BREAKER_COOLDOWN_MS,
    breakerMaxCooldownMs: e.PUENTE_BREAKER_MAX_COOLDOWN_MS,
    disableAfterDays: e.WEBHOOK_DISABLE_AFTER_DAYS,
    rotationOverlapMs: ROTATION_OVERLAP_MS,
    toleranceSeconds: SIGNATURE_TOLERANCE_SECONDS,
    maxCustomHeaders: MAX_CUSTOM_HEADERS,
    envelopeVersion: ENVELOPE_VERSION,
    userAgent: `Puente-Webhook/${PUENTE_VERSION}`,
    events: WEBHOOK_EVENTS,
    errorClasses: attemptErrorClass.enumValues,
  };
}

/** "5 s", "5 min", "2 h", "1 h 30 min": the same symbols in Spanish and English. */
export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  if (s < 3600) return s % 60 === 0 ? `${s / 60} min` : `${Math.floor(s / 60)} min ${s % 60} s`;
  const h = Math.floor(s / 3600);
  const min = Math.round((s % 3600) / 60);
  return min === 0 ? `${h} h` : `${h} h ${min} min`;
}

/** "256 KiB". */
export function formatBytes(bytes: number): string {
  return bytes % 1024 === 0 ? `${bytes / 1024} KiB` : `${bytes} bytes`;
}

/** Hours from the first attempt to the last, if every wait were exactly its scheduled value. */
export function scheduleSpanHours(f: Pick<GuideFacts, 'retryDelaysMs'>): number {
  return f.retryDelaysMs.reduce((a, b) => a + b, 0) / 3_600_000;
}
