import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decryptSecret, encryptSecret, encryptionKeyFromEnv } from './crypto';

const key = randomBytes(32);
const plain = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

function flipChar(s: string, index: number): string {
  const c = s[index];
  return s.slice(0, index) + (c === 'A' ? 'B' : 'A') + s.slice(index + 1);
}

describe('encryptSecret / decryptSecret', () => {
  it('produces v1.<iv>.<tag>.<ciphertext> that does not contain the plain text', () => {
    const ct = encryptSecret(plain, key);
    expect(ct).not.toBe(plain);
    expect(ct).not.toContain(plain);
    expect(ct).not.toContain('MfKQ9r8G');
    expect(ct).toMatch(/^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]+$/);
  });

  it('uses a fresh IV: two encryptions of the same text differ', () => {
    const a = encryptSecret(plain, key);
    const b = encryptSecret(plain, key);
    expect(a).not.toBe(b);
    expect(a.split('.')[1]).not.toBe(b.split('.')[1]);
  });

  it('round-trips, including empty and non-ASCII text', () => {
    expect(decryptSecret(encryptSecret(plain, key), key)).toBe(plain);
    expect(decryptSecret(encryptSecret('', key), key)).toBe('');
    expect(decryptSecret(encryptSecret('año ñandú 🔑', key), key)).toBe('año ñandú 🔑');
  });

  it('throws when the ciphertext, tag or IV is tampered with', () => {
    const ct = encryptSecret(plain, key);
    const [v, iv, tag, data] = ct.split('.') as [string, string, string, string];
    expect(() => decryptSecret([v, iv, tag, flipChar(data, 3)].join('.'), key)).toThrow(/altered/);
    expect(() => decryptSecret([v, iv, flipChar(tag, 3), data].join('.'), key)).toThrow(/altered/);
    expect(() => decryptSecret([v, flipChar(iv, 3), tag, data].join('.'), key)).toThrow(/altered/);
    expect(() => decryptSecret([v, iv, tag, data + 'AA'].join('.'), key)).toThrow();
  });

  it('throws with the wrong key', () => {
    const ct = encryptSecret(plain, key);
    expect(() => decryptSecret(ct, randomBytes(32))).toThrow(/wrong PUENTE_ENCRYPTION_KEY/);
  });

  it('rejects malformed values and bad keys clearly', () => {
    expect(() => decryptSecret('nope', key)).toThrow(/malformed/);
    expect(() => decryptSecret('v2.a.b.c', key)).toThrow(/malformed/);
    expect(() => decryptSecret('v1.!!.b.c', key)).toThrow(/malformed/);
    expect(() => encryptSecret(plain, randomBytes(16))).toThrow(/32 bytes/);
  });
});

describe('key from PUENTE_ENCRYPTION_KEY', () => {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.PUENTE_ENCRYPTION_KEY;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.PUENTE_ENCRYPTION_KEY;
    else process.env.PUENTE_ENCRYPTION_KEY = saved;
  });

  it('is used when no key is passed', () => {
    process.env.PUENTE_ENCRYPTION_KEY = key.toString('base64');
    const ct = encryptSecret(plain);
    expect(decryptSecret(ct)).toBe(plain);
    expect(decryptSecret(ct, key)).toBe(plain);
  });

  it('throws a clear error when missing or not 32 bytes', () => {
    delete process.env.PUENTE_ENCRYPTION_KEY;
    expect(() => encryptSecret(plain)).toThrow(/PUENTE_ENCRYPTION_KEY is not set/);
    process.env.PUENTE_ENCRYPTION_KEY = randomBytes(16).toString('base64');
    expect(() => encryptSecret(plain)).toThrow(/exactly 32 bytes/);
    expect(() => encryptionKeyFromEnv({ PUENTE_ENCRYPTION_KEY: '' })).toThrow(/not set/);
  });
});
