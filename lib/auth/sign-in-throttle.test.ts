/**
 * Sign-in throttling against the real database: an attacker cannot lock a person out, repeated
 * failures from one place slow down progressively, and a burst of parallel guesses is counted.
 */
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../db/client';
import { users } from '../../db/schema';
import { hashPassword } from './passwords';
import { signInWithPassword } from './sign-in';
import { pairDelayMs, recordFailure, SIGN_IN_THROTTLE, throttleKeys } from './sign-in-throttle';

const PASSWORD = 'correct horse battery';
let hash: string;
let seq = 0;
const T0 = new Date('2026-12-02T12:00:00Z');
const at = (ms: number) => () => new Date(T0.getTime() + ms);

beforeAll(async () => {
  hash = await hashPassword(PASSWORD);
});

async function person(): Promise<string> {
  const email = `throttle-${process.pid}-${seq++}@example.com`;
  await db.insert(users).values({ email, name: 'Person', passwordHash: hash });
  return email;
}

describe('pairDelayMs', () => {
  it('is free for the first failures, then doubles up to the cap', () => {
    const t = SIGN_IN_THROTTLE;
    expect([1, 2, 3].map((n) => pairDelayMs(n))).toEqual([0, 0, 0]);
    expect(pairDelayMs(t.freeFailures + 1)).toBe(t.baseDelayMs);
    expect(pairDelayMs(t.freeFailures + 2)).toBe(2 * t.baseDelayMs);
    expect(pairDelayMs(t.freeFailures + 3)).toBe(4 * t.baseDelayMs);
    expect(pairDelayMs(1_000)).toBe(t.maxDelayMs);
  });
});

describe('signInWithPassword throttling', () => {
  it('cannot be turned into a lockout: wrong passwords from other addresses never stop the owner', async () => {
    const email = await person();
    // An attacker tries from many addresses and, separately, many times from one.
    for (let i = 0; i < 12; i++) await signInWithPassword(db, email, `guess-${i}`, `203.0.113.${i + 1}`, at(i));
    for (let i = 0; i < 8; i++) await signInWithPassword(db, email, `guess-${i}`, '203.0.113.200', at(100 + i));
    // The owner, from their own address, with the right password, at once.
    expect(await signInWithPassword(db, email, PASSWORD, '198.51.100.7', at(200))).toMatchObject({ ok: true });
  });

  it('counts failures only: many successful sign-ins in a row are never refused', async () => {
    const email = await person();
    for (let i = 0; i < 12; i++) expect(await signInWithPassword(db, email, PASSWORD, '198.51.100.8', at(i * 1000))).toMatchObject({ ok: true });
  });

  it('a success resets the count for that account and address', async () => {
    const email = await person();
    const ip = '198.51.100.9';
    for (let i = 0; i < SIGN_IN_THROTTLE.freeFailures; i++) expect(await signInWithPassword(db, email, 'wrong', ip, at(i))).toMatchObject({ ok: false, reason: 'invalid', retryAfterMs: 0 });
    expect(await signInWithPassword(db, email, PASSWORD, ip, at(10))).toMatchObject({ ok: true });
    // Three more failures are free again.
    for (let i = 0; i < SIGN_IN_THROTTLE.freeFailures; i++) expect(await signInWithPassword(db, email, 'wrong', ip, at(20 + i))).toMatchObject({ ok: false, reason: 'invalid', retryAfterMs: 0 });
  });

  it('slows repeated failures from one address progressively, then lets the right password in', async () => {
    const email = await person();
    const ip = '198.51.100.10';
    let t = 0;
    for (let i = 0; i < SIGN_IN_THROTTLE.freeFailures; i++) await signInWithPassword(db, email, 'wrong', ip, at(t++));
    const fourth = await signInWithPassword(db, email, 'wrong', ip, at(t));
    expect(fourth).toEqual({ ok: false, reason: 'invalid', retryAfterMs: SIGN_IN_THROTTLE.baseDelayMs });
    // Inside the wait: not even checked, whatever the password.
    const early = await signInWithPassword(db, email, PASSWORD, ip, at(t + 500));
    expect(early).toMatchObject({ ok: false, reason: 'rateLimited' });
    expect(early.ok === false && early.retryAfterMs).toBe(SIGN_IN_THROTTLE.baseDelayMs - 500);
    // The next failure after the wait doubles it.
    t += SIGN_IN_THROTTLE.baseDelayMs;
    expect(await signInWithPassword(db, email, 'wrong', ip, at(t))).toEqual({ ok: false, reason: 'invalid', retryAfterMs: 2 * SIGN_IN_THROTTLE.baseDelayMs });
    t += 2 * SIGN_IN_THROTTLE.baseDelayMs;
    // Another address is not slowed by this one.
    expect(await signInWithPassword(db, email, PASSWORD, '198.51.100.11', at(t - 1))).toMatchObject({ ok: true });
    expect(await signInWithPassword(db, email, PASSWORD, ip, at(t))).toMatchObject({ ok: true });
  });

  it('forgets failures older than the window', async () => {
    const email = await person();
    const ip = '198.51.100.12';
    for (let i = 0; i < SIGN_IN_THROTTLE.freeFailures + 2; i++) await signInWithPassword(db, email, 'wrong', ip, at(i * 60_000));
    const later = at(SIGN_IN_THROTTLE.windowMs + 10 * 60_000);
    expect(await signInWithPassword(db, email, 'wrong', ip, later)).toEqual({ ok: false, reason: 'invalid', retryAfterMs: 0 });
  });

  it('checks a burst of parallel guesses one after another, against the count the others left', async () => {
    const email = await person();
    const ip = '198.51.100.13';
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => signInWithPassword(db, email, `guess-${i}`, ip, at(0))));
    const checked = results.filter((r) => !r.ok && r.reason === 'invalid').length;
    expect(checked).toBe(SIGN_IN_THROTTLE.freeFailures + 1);
    expect(results.filter((r) => !r.ok && r.reason === 'rateLimited')).toHaveLength(12 - checked);
  });

  it('keeps a per-address limit across accounts, which does not reach other addresses', async () => {
    const ip = '198.51.100.14';
    const keysFor = (n: number) => throttleKeys(`nobody-${process.pid}-${n}@example.com`, ip);
    // As many failures as the address allows, each for a different (unknown) account.
    for (let i = 0; i < SIGN_IN_THROTTLE.perAddress - 1; i++) await recordFailure(db, keysFor(i), at(i)());
    expect(await signInWithPassword(db, `nobody-${process.pid}-last@example.com`, 'wrong', ip, at(100))).toMatchObject({ ok: false, reason: 'invalid', retryAfterMs: SIGN_IN_THROTTLE.windowMs });
    const email = await person();
    expect(await signInWithPassword(db, email, PASSWORD, ip, at(200))).toMatchObject({ ok: false, reason: 'rateLimited' });
    expect(await signInWithPassword(db, email, PASSWORD, '198.51.100.15', at(200))).toMatchObject({ ok: true });
  });

  it('stores no email or address, only keyed hashes', async () => {
    const email = await person();
    await signInWithPassword(db, email, 'wrong', '198.51.100.16', at(0));
    const rows = await db.execute<{ key: string }>(sql`select key from sign_in_failures`);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.key).not.toContain('@');
      expect(r.key).not.toContain('198.51.100');
    }
  });

  it('answers a NUL or other control character in the email as a wrong password, without a database error', async () => {
    const email = await person();
    for (const bad of [`${email}\u0000`, `\u0001${email}`]) {
      await expect(signInWithPassword(db, bad, PASSWORD, '198.51.100.17', at(0))).resolves.toMatchObject({ ok: false, reason: 'invalid' });
    }
    expect(await signInWithPassword(db, email, PASSWORD, '198.51.100.17', at(0))).toMatchObject({ ok: true });
  });
});
