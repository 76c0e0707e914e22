// Webhook signing secrets in the Standard Webhooks form `whsec_<base64>`, the same string a
// department pastes into the `standardwebhooks` or `@octokit/webhooks-methods` verifier.
import 'server-only';
import { randomBytes } from 'node:crypto';

export const WEBHOOK_SECRET_PREFIX = 'whsec_';
const MIN_KEY_BYTES = 24;
const MAX_KEY_BYTES = 64;
// Canonical padded base64 only: the consumer libraries decode strictly, so a secret we accept
// must decode identically there.
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** `whsec_` + base64 of 32 random bytes. */
export function generateWebhookSecret(): string {
  return WEBHOOK_SECRET_PREFIX + randomBytes(32).toString('base64');
}

export function isValidWebhookSecret(s: unknown): s is string {
  if (typeof s !== 'string' || !s.startsWith(WEBHOOK_SECRET_PREFIX)) return false;
  const b64 = s.slice(WEBHOOK_SECRET_PREFIX.length);
  if (!BASE64.test(b64)) return false;
  const bytes = Buffer.from(b64, 'base64');
  // Re-encoding catches non-zero trailing bits, which strict decoders reject.
  if (bytes.toString('base64') !== b64) return false;
  return bytes.length >= MIN_KEY_BYTES && bytes.length <= MAX_KEY_BYTES;
}

/** The HMAC key: the base64-decoded part after `whsec_`. Throws on a malformed secret. */
export function secretKeyBytes(secret: string): Buffer {
  if (!isValidWebhookSecret(secret)) {
    throw new Error('invalid webhook secret: expected whsec_ followed by base64 of 24 to 64 bytes');
  }
  return Buffer.from(secret.slice(WEBHOOK_SECRET_PREFIX.length), 'base64');
}

/**
 * For display after creation: `whsec_abcd…wxyz`. Shows at most 4 characters at each end, and
 * fewer for short strings so a mask never reveals most of a value.
 */
export function maskSecret(s: string): string {
  const prefix = s.startsWith(WEBHOOK_SECRET_PREFIX) ? WEBHOOK_SECRET_PREFIX : '';
  const body = s.slice(prefix.length);
  const show = Math.min(4, Math.floor(body.length / 4));
  if (show === 0) return `${prefix}…`;
  return `${prefix}${body.slice(0, show)}…${body.slice(-show)}`;
}
