import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { generateWebhookSecret, isValidWebhookSecret, maskSecret, secretKeyBytes } from './webhook-secret';

describe('webhook secrets', () => {
  it('generates whsec_ + base64 of 32 random bytes, different each time', () => {
    const a = generateWebhookSecret();
    const b = generateWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(a).not.toBe(b);
    expect(isValidWebhookSecret(a)).toBe(true);
    expect(secretKeyBytes(a)).toHaveLength(32);
  });

  it('is accepted by the standardwebhooks library', () => {
    expect(() => new Webhook(generateWebhookSecret())).not.toThrow();
  });

  it('validates prefix, base64 and decoded length 24..64', () => {
    const b64 = (n: number) => Buffer.alloc(n, 7).toString('base64');
    expect(isValidWebhookSecret('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw')).toBe(true); // 24 bytes
    expect(isValidWebhookSecret(`whsec_${b64(64)}`)).toBe(true);
    expect(isValidWebhookSecret(`whsec_${b64(23)}`)).toBe(false);
    expect(isValidWebhookSecret(`whsec_${b64(65)}`)).toBe(false);
    expect(isValidWebhookSecret(b64(32))).toBe(false);
    expect(isValidWebhookSecret(`whsec_${b64(32).replace('=', '')}`)).toBe(false);
    expect(isValidWebhookSecret(`whsec_${Buffer.alloc(32, 0xfb).toString('base64url')}`)).toBe(false); // url alphabet
    expect(isValidWebhookSecret(`whsec_${b64(32).slice(0, -2)}B=`)).toBe(false); // non-zero trailing bits
    expect(isValidWebhookSecret('whsec_')).toBe(false);
    expect(isValidWebhookSecret(undefined)).toBe(false);
  });

  it('secretKeyBytes decodes the part after whsec_ and throws on junk', () => {
    const key = Buffer.from('0123456789abcdef0123456789abcdef');
    expect(secretKeyBytes(`whsec_${key.toString('base64')}`).equals(key)).toBe(true);
    expect(() => secretKeyBytes('whsec_short')).toThrow(/invalid webhook secret/);
  });

  it('masks all but 4 characters at each end of the base64 part', () => {
    const s = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    expect(maskSecret(s)).toBe('whsec_MfKQ…LaSw');
    expect(maskSecret('whsec_abcdefgh')).toBe('whsec_ab…gh');
    expect(maskSecret('whsec_abc')).toBe('whsec_…');
    expect(maskSecret('plain-token-value')).toBe('plai…alue');
  });
});
