/**
 * Manual sends (ping, redeliver) are limited per webhook: a burst of 5, then about one a
 * second. Sixty clicks on "ping" against a hung endpoint would otherwise be sixty requests
 * waiting out a 15-second timeout. The limit is per webhook, shared by every user and process.
 */
import type { Queryable } from '../../db/client';
import { consumeRateLimit } from '../rate-limit';

export const MANUAL_SENDS_PER_WINDOW = 5;
export const MANUAL_SEND_WINDOW_MS = 5_000;

export async function consumeManualSend(q: Queryable, webhookId: string, now: Date = new Date()) {
  const r = await consumeRateLimit(q, `manual-send:${webhookId}`, MANUAL_SENDS_PER_WINDOW, MANUAL_SEND_WINDOW_MS, now);
  return { allowed: r.allowed, retryAfterSeconds: Math.max(1, Math.ceil(r.retryAfterMs / 1000)) };
}
