/**
 * Secrets the embedded default needs (auth secret, encryption key, Postgres password),
 * generated on first run and kept under the data directory so restarts reuse them.
 * An explicit environment variable always wins.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface LocalSecrets {
  nextauthSecret: string;
  encryptionKey: string;
  pgPassword: string;
}

export function loadOrCreateLocalSecrets(dataDir: string): LocalSecrets {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'secrets.json');
  if (existsSync(file)) {
    return JSON.parse(readFileSync(file, 'utf8')) as LocalSecrets;
  }
  const secrets: LocalSecrets = {
    nextauthSecret: randomBytes(32).toString('base64url'),
    encryptionKey: randomBytes(32).toString('base64'),
    pgPassword: randomBytes(18).toString('base64url'),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

/** Fill the variables the app reads from the local secrets, unless already set. */
export function applyLocalSecrets(secrets: LocalSecrets, target: NodeJS.ProcessEnv = process.env): void {
  target.NEXTAUTH_SECRET ||= secrets.nextauthSecret;
  target.PUENTE_ENCRYPTION_KEY ||= secrets.encryptionKey;
}
