// Request signing: Standard Webhooks headers (webhook-id/-timestamp/-signature) plus GitHub's
// X-Hub-Signature-256, so a department can verify with whichever library it already uses.
import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';
import { secretKeyBytes } from '../secrets/webhook-secret';
import { boundedCache } from './bounded-cache';

// A webhook signs thousands of deliveries with one secret: its decoded, validated key is made
// once (per secret string, so a rotation is a new entry, never a stale one).
const standardKeys = boundedCache<string, KeyObject>(1_000);
const githubKeys = boundedCache<string, KeyObject>(1_000);

export interface SignStandardInput {
  /** The message id (`webhook-id`): the same on every retry of one message. */
  id: string;
  /** Unix seconds. */
  timestamp: number;
  /** The exact bytes sent, as a string; re-serialising JSON would break the signature. */
  body: string;
  /** `whsec_…` secrets; during a rotation both the new and the previous one. */
  secrets: readonly string[];
}

function assertTimestamp(timestamp: number): void {
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) {
    throw new Error(`webhook timestamp must be integer unix seconds, got ${timestamp}`);
  }
}

/** The `webhook-signature` header value: `v1,<base64>` per secret, space separated. */
export function signStandard({ id, timestamp, body, secrets }: SignStandardInput): string {
  assertTimestamp(timestamp);
  if (secrets.length === 0) throw new Error('signStandard needs at least one secret');
  const content = `${id}.${timestamp}.${body}`;
  return secrets
    .map((secret) => `v1,${createHmac('sha256', standardKeys.get(secret, () => createSecretKey(secretKeyBytes(secret)))).update(content, 'utf8').digest('base64')}`)
    .join(' ');
}

/**
 * The `X-Hub-Signature-256` value: `sha256=<hex HMAC of the body>`.
 *
 * GitHub keys the HMAC with the secret string exactly as typed, so we use the whole
 * `whsec_…` string (prefix included, not base64-decoded). A department then pastes the one
 * secret we show into `@octokit/webhooks-methods` `verify(secret, payload, signature)` or
 * any GitHub-style verifier without transforming it.
 */
export function signGithub(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', githubKeys.get(secret, () => createSecretKey(Buffer.from(secret, 'utf8')))).update(body, 'utf8').digest('hex')}`;
}

export interface SignatureHeadersInput {
  messageId: string;
  timestamp: number;
  body: string;
  /** Current secret first; a still-valid previous secret after it. */
  secrets: readonly string[];
  eventType: string;
  webhookId: string;
  deliveryId: string;
  userAgentVersion: string;
  /** Set for `token` verification: sent verbatim as X-Puente-Token. */
  token?: string | null;
  /** A test lead: X-Puente-Test: true, so a receiver can tell it from a real one without reading the body. */
  test?: boolean;
}

/**
 * Every Puente header except content-type (the caller owns the body encoding). Header names
 * keep the spelling their specs use; HTTP treats them case-insensitively.
 */
export function buildSignatureHeaders(input: SignatureHeadersInput): Record<string, string> {
  const { messageId, timestamp, body, secrets, eventType, webhookId, deliveryId, userAgentVersion, token, test } = input;
  const current = secrets[0];
  if (current === undefined) throw new Error('buildSignatureHeaders needs at least one secret');
  const headers: Record<string, string> = {
    'webhook-id': messageId,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': signStandard({ id: messageId, timestamp, body, secrets }),
    // GitHub has a single signature header and no rotation story, so only the current secret.
    'X-Hub-Signature-256': signGithub(body, current),
    'X-GitHub-Event': eventType,
    'X-GitHub-Delivery': deliveryId,
    'X-GitHub-Hook-ID': webhookId,
    'X-Puente-Event': eventType,
    'User-Agent': `Puente-Webhook/${userAgentVersion}`,
  };
  if (token) headers['X-Puente-Token'] = token;
  if (test) headers['X-Puente-Test'] = 'true';
  return headers;
}
