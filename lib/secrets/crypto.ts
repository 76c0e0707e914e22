// Encryption at rest for webhook secrets: AES-256-GCM under PUENTE_ENCRYPTION_KEY, so a
// database dump alone never reveals the secrets departments use to verify our signatures.
import 'server-only';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { liveEnv } from '../env';

const VERSION = 'v1';
const IV_BYTES = 12; // the size GCM is specified for; other sizes get hashed into one
const TAG_BYTES = 16;
const KEY_BYTES = 32;
const B64URL = /^[A-Za-z0-9_-]*$/;

/**
 * The key from `PUENTE_ENCRYPTION_KEY` (base64 of 32 bytes), or from `source` when given. Read
 * on every call (lib/env's liveEnv) rather than cached so scripts and tests that set the
 * variable late still see it.
 */
export function encryptionKeyFromEnv(source?: Readonly<Record<string, string | undefined>>): Buffer {
  const raw = (source ? source.PUENTE_ENCRYPTION_KEY : liveEnv('PUENTE_ENCRYPTION_KEY'))?.trim();
  if (!raw) {
    throw new Error('PUENTE_ENCRYPTION_KEY is not set: it must be base64 of 32 random bytes (openssl rand -base64 32)');
  }
  const key = Buffer.from(raw, 'base64');
  if (key.length !== KEY_BYTES) {
    throw new Error(`PUENTE_ENCRYPTION_KEY must be base64 of exactly ${KEY_BYTES} bytes (got ${key.length})`);
  }
  return key;
}

function resolveKey(key: Buffer | undefined): Buffer {
  if (key === undefined) return encryptionKeyFromEnv();
  if (!Buffer.isBuffer(key) || key.length !== KEY_BYTES) {
    throw new Error(`encryption key must be a Buffer of exactly ${KEY_BYTES} bytes`);
  }
  return key;
}

/** `v1.<iv>.<tag>.<ciphertext>`, each base64url; a fresh random IV every call. */
export function encryptSecret(plain: string, key?: Buffer): string {
  const k = resolveKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', k, iv, { authTagLength: TAG_BYTES });
  const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, iv.toString('base64url'), tag.toString('base64url'), ciphertext.toString('base64url')].join('.');
}

/** Throws when the value is malformed, was encrypted under another key, or was altered. */
export function decryptSecret(ciphertext: string, key?: Buffer): string {
  const k = resolveKey(key);
  const parts = typeof ciphertext === 'string' ? ciphertext.split('.') : [];
  const [version, ivPart, tagPart, dataPart] = parts;
  if (
    parts.length !== 4 ||
    version !== VERSION ||
    ivPart === undefined ||
    tagPart === undefined ||
    dataPart === undefined ||
    ![ivPart, tagPart, dataPart].every((p) => B64URL.test(p))
  ) {
    throw new Error('encrypted secret is malformed (expected v1.<iv>.<tag>.<ciphertext>)');
  }
  const iv = Buffer.from(ivPart, 'base64url');
  const tag = Buffer.from(tagPart, 'base64url');
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) {
    throw new Error('encrypted secret is malformed (bad IV or tag length)');
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', k, iv, { authTagLength: TAG_BYTES });
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(Buffer.from(dataPart, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    // GCM cannot tell a wrong key from tampering, and neither should the message.
    throw new Error('could not decrypt secret: wrong PUENTE_ENCRYPTION_KEY or the ciphertext was altered');
  }
}
