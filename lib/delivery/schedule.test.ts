import { describe, expect, it } from 'vitest';
import {
  classifyResponse,
  MAX_ATTEMPTS,
  nextAttemptDelay,
  parseRetryAfter,
  RETRY_AFTER_CAP_MS,
  RETRY_DELAYS_MS,
} from './schedule';

const mid = () => 0.5; // no jitter
const low = () => 0; // -10 %
const high = () => 0.999999; // ≈ +10 %

describe('retry schedule', () => {
  it('is the Svix schedule: 8 attempts, about 27.5 hours', () => {
    expect(MAX_ATTEMPTS).toBe(8);
    expect(RETRY_DELAYS_MS).toEqual([5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000]);
    const total = RETRY_DELAYS_MS.reduce((a, b) => a + b, 0);
    expect(total / 3_600_000).toBeCloseTo(27.6, 1);
  });

  it('first attempt is immediate, then follows the table, then gives up', () => {
    expect(nextAttemptDelay(0, { random: mid })).toBe(0);
    const delays = [1, 2, 3, 4, 5, 6, 7].map((n) => nextAttemptDelay(n, { random: mid }));
    expect(delays).toEqual([...RETRY_DELAYS_MS]);
    expect(nextAttemptDelay(8, { random: mid })).toBeNull();
    expect(nextAttemptDelay(9, { random: mid })).toBeNull();
  });

  it('jitters by ±10 %, deterministically with an injected random', () => {
    expect(nextAttemptDelay(1, { random: low })).toBe(4_500);
    expect(nextAttemptDelay(1, { random: high })).toBe(5_500);
    expect(nextAttemptDelay(2, { random: low })).toBe(270_000);
    expect(nextAttemptDelay(2, { random: () => 0.75 })).toBe(315_000);
    for (let i = 0; i < 200; i++) {
      const d = nextAttemptDelay(4)!;
      expect(d).toBeGreaterThanOrEqual(6_480_000);
      expect(d).toBeLessThanOrEqual(7_920_000);
    }
  });

  it('Retry-After can delay a retry, capped at 1 h, but never hasten it', () => {
    expect(nextAttemptDelay(1, { random: mid, retryAfterMs: 120_000 })).toBe(120_000);
    expect(nextAttemptDelay(1, { random: mid, retryAfterMs: 86_400_000 })).toBe(RETRY_AFTER_CAP_MS);
    expect(nextAttemptDelay(1, { random: mid, retryAfterMs: 1_000 })).toBe(5_000);
    expect(nextAttemptDelay(4, { random: mid, retryAfterMs: 60_000 })).toBe(7_200_000);
    expect(nextAttemptDelay(1, { random: mid, retryAfterMs: 0 })).toBe(5_000);
    expect(nextAttemptDelay(1, { random: mid, retryAfterMs: null })).toBe(5_000);
    expect(nextAttemptDelay(8, { random: mid, retryAfterMs: 60_000 })).toBeNull();
  });
});

describe('parseRetryAfter', () => {
  const now = new Date('2025-03-01T12:00:00Z');

  it('reads delta-seconds', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
  });

  it('reads HTTP-dates relative to now, past dates as 0', () => {
    expect(parseRetryAfter('Sat, 01 Mar 2025 12:05:00 GMT', now)).toBe(300_000);
    expect(parseRetryAfter('Sat, 01 Mar 2025 11:00:00 GMT', now)).toBe(0);
  });

  it('returns null for missing or junk values', () => {
    for (const v of [null, undefined, '', '   ', '-5', '1.5', 'soon', '12abc', '99999999999999999999']) {
      expect(parseRetryAfter(v, now)).toBeNull();
    }
  });
});

describe('classifyResponse', () => {
  it.each([
    [200, 'success'],
    [201, 'success'],
    [204, 'success'],
    [299, 'success'],
    [410, 'gone'],
    [301, 'retry'],
    [302, 'retry'],
    [400, 'retry'],
    [404, 'retry'],
    [429, 'retry'],
    [500, 'retry'],
    [503, 'retry'],
    [199, 'retry'],
  ] as const)('%i → %s', (status, expected) => {
    expect(classifyResponse(status)).toBe(expected);
  });
});
