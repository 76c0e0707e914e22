/**
 * Sign-in throttling that an attacker cannot turn into a lockout (OWASP, "Blocking Brute Force
 * Attacks"): only failures count, a success clears them, and the answer to repeated failures is
 * a growing wait for that account *from that address*, never a refusal of the right password
 * from somewhere else. A separate cap per address stops one machine guessing across accounts.
 *
 * Keys are HMACs (lib/rate-limit.ts hashKey): no email or address is stored.
 */
import 'server-only';
import { sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { hashKey } from '../rate-limit';

export const SIGN_IN_THROTTLE = {
  /** Failures for one account from one address before any wait. */
  freeFailures: 3,
  /** The first wait; it doubles with each further failure… */
  baseDelayMs: 2_000,
  /** …up to this. */
  maxDelayMs: 5 * 60_000,
  /** Failures from one address (any accounts) before that address waits out the window. */
  perAddress: 50,
  /** Failures older than this are forgotten. */
  windowMs: 15 * 60_000,
} as const;

export interface ThrottleKeys {
  /** The account at this address. */
  pair: string;
  /** The address, whatever the account. */
  address: string;
}

export function throttleKeys(email: string, ip: string): ThrottleKeys {
  return { pair: hashKey('signin-pair', `${email}\n${ip}`), address: hashKey('signin-addr', ip) };
}

/** How long the next attempt must wait after `failures` failures in a row for one account + address. */
export function pairDelayMs(failures: number, t = SIGN_IN_THROTTLE): number {
  if (failures <= t.freeFailures) return 0;
  return Math.min(t.baseDelayMs * 2 ** Math.min(failures - t.freeFailures - 1, 30), t.maxDelayMs);
}

/**
 * Serialises the attempts of one account + address for the rest of the transaction, so a burst
 * of parallel guesses is checked one after another against the count the previous ones left.
 */
export async function lockPair(q: Queryable, keys: ThrottleKeys): Promise<void> {
  await q.execute(sql`select pg_advisory_xact_lock(hashtextextended(${keys.pair}, 0))`);
}

/** Zero when an attempt may be checked now, otherwise how long until it may. */
export async function waitBeforeAttempt(q: Queryable, keys: ThrottleKeys, now: Date): Promise<number> {
  const rows = await q.execute<{ blocked_until: string | null }>(sql`
    select blocked_until from sign_in_failures
    where key in (${keys.pair}, ${keys.address}) and blocked_until > ${now.toISOString()}`);
  let until = 0;
  for (const r of rows) if (r.blocked_until) until = Math.max(until, new Date(r.blocked_until).getTime());
  return Math.max(0, until - now.getTime());
}

/** One more failure for `key` (a fresh count when its last one is older than the window); returns the count. */
async function countFailure(q: Queryable, key: string, at: string, stale: string): Promise<number> {
  const [row] = await q.execute<{ failures: number }>(sql`
    insert into sign_in_failures (key, failures, last_failure_at) values (${key}, 1, ${at})
    on conflict (key) do update set
      failures = case when sign_in_failures.last_failure_at < ${stale} then 1 else sign_in_failures.failures + 1 end,
      last_failure_at = excluded.last_failure_at
    returning failures`);
  return Number(row?.failures ?? 1);
}

/** Counts one failure against both keys; returns how long the next attempt from here must wait. */
export async function recordFailure(q: Queryable, keys: ThrottleKeys, now: Date, t = SIGN_IN_THROTTLE): Promise<number> {
  const stale = new Date(now.getTime() - t.windowMs).toISOString();
  const at = now.toISOString();
  const pairWait = pairDelayMs(await countFailure(q, keys.pair, at, stale), t);
  const addrWait = (await countFailure(q, keys.address, at, stale)) >= t.perAddress ? t.windowMs : 0;
  await q.execute(sql`update sign_in_failures set blocked_until = ${new Date(now.getTime() + pairWait).toISOString()} where key = ${keys.pair}`);
  if (addrWait) await q.execute(sql`update sign_in_failures set blocked_until = ${new Date(now.getTime() + addrWait).toISOString()} where key = ${keys.address}`);
  // Forgotten failures are useless; clearing them now and then keeps the table tiny.
  if (Math.random() < 0.02) await q.execute(sql`delete from sign_in_failures where last_failure_at < ${stale}`);
  return Math.max(pairWait, addrWait);
}

/** A success clears the account's failures from this address (not the address's own count). */
export async function recordSuccess(q: Queryable, keys: ThrottleKeys): Promise<void> {
  await q.execute(sql`delete from sign_in_failures where key = ${keys.pair}`);
}
