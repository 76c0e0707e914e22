/**
 * Secrets the embedded default needs (auth secret, encryption key, Postgres password),
 * generated on first run and kept under the data directory so restarts reuse them.
 * An explicit environment variable always wins.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateWebhookSecret } from '../secrets/webhook-secret';

export interface LocalSecrets {
  nextauthSecret: string;
  encryptionKey: string;
  pgPassword: string;
  /** The signing secret of the demo's webhooks, which the sample receiver (examples/receiver-node) checks. */
  demoWebhookSecret: string;
}

export function loadOrCreateLocalSecrets(dataDir: string): LocalSecrets {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'secrets.json');
  const kept = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<LocalSecrets>) : {};
  const secrets: LocalSecrets = {
    nextauthSecret: kept.nextauthSecret ?? randomBytes(32).toString('base64url'),
    encryptionKey: kept.encryptionKey ?? randomBytes(32).toString('base64'),
    pgPassword: kept.pgPassword ?? randomBytes(18).toString('base64url'),
    // Added later than the others: a data directory from before gets one now.
    demoWebhookSecret: kept.demoWebhookSecret ?? generateWebhookSecret(),
  };
  if (Object.keys(kept).length !== Object.keys(secrets).length) writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

/** Fill the variables the app reads from the local secrets, unless already set. */
export function applyLocalSecrets(secrets: LocalSecrets, target: NodeJS.ProcessEnv = process.env): void {
  target.NEXTAUTH_SECRET ||= secrets.nextauthSecret;
  target.PUENTE_ENCRYPTION_KEY ||= secrets.encryptionKey;
}
