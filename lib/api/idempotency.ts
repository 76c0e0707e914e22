/**
 * `Idempotency-Key` on POST, with Stripe's rules: the first request with a key runs and its
 * answer is kept for 24 hours; a retry with the same key and the same request gets that answer
 * again (`Idempotent-Replayed: true`) without running twice; the same key with a different
 * request is refused (422); a retry while the first is still running gets 409. Server errors
 * are not kept, so a retry after one runs again.
 */
import 'server-only';
import { createHash } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { apiIdempotencyKeys } from '../../db/schema';

export const IDEMPOTENCY_TTL_MS = 24 * 3600 * 1000;
const KEY_RE = /^[\x21-\x7e]{1,255}$/;

export function isValidIdempotencyKey(key: string): boolean {
  return KEY_RE.test(key);
}

export function requestFingerprint(method: string, path: string, body: string): string {
  return createHash('sha256').update(`${method}\n${path}\n${body}`).digest('hex');
}

export type Claim =
  | { kind: 'run' }
  | { kind: 'replay'; status: number; body: string; headers: Record<string, string> }
  | { kind: 'mismatch' }
  | { kind: 'inFlight' };

/** Claims `key` for this request, or says what to answer instead. */
export async function claimIdempotencyKey(db: Db, tokenId: string, key: string, fingerprint: string, now = new Date()): Promise<Claim> {
  // A key older than a day is free again.
  await db.delete(apiIdempotencyKeys).where(and(eq(apiIdempotencyKeys.tokenId, tokenId), eq(apiIdempotencyKeys.key, key), lt(apiIdempotencyKeys.createdAt, new Date(now.getTime() - IDEMPOTENCY_TTL_MS))));
  const claimed = await db
    .insert(apiIdempotencyKeys)
    .values({ tokenId, key, requestHash: fingerprint, createdAt: now })
    .onConflictDoNothing()
    .returning({ key: apiIdempotencyKeys.key });
  if (claimed.length > 0) return { kind: 'run' };
  const [row] = await db.select().from(apiIdempotencyKeys).where(and(eq(apiIdempotencyKeys.tokenId, tokenId), eq(apiIdempotencyKeys.key, key)));
  if (!row) return { kind: 'inFlight' };
  if (row.requestHash !== fingerprint) return { kind: 'mismatch' };
  if (row.status === null || row.body === null) return { kind: 'inFlight' };
  return { kind: 'replay', status: row.status, body: row.body, headers: row.headers ?? {} };
}

/** Keeps the answer of a claimed key (or frees the key after a server error, so a retry runs). */
export async function settleIdempotencyKey(db: Db, tokenId: string, key: string, response: { status: number; body: string; headers: Record<string, string> }): Promise<void> {
  const where = and(eq(apiIdempotencyKeys.tokenId, tokenId), eq(apiIdempotencyKeys.key, key));
  if (response.status >= 500) await db.delete(apiIdempotencyKeys).where(where);
  else await db.update(apiIdempotencyKeys).set({ status: response.status, body: response.body, headers: response.headers }).where(where);
}

/** Drops answers older than a day (the retention job calls it). */
export async function purgeIdempotencyKeys(db: Db, now = new Date()): Promise<number> {
  const r = await db.execute(sql`delete from api_idempotency_keys where created_at < ${new Date(now.getTime() - IDEMPOTENCY_TTL_MS).toISOString()}`);
  return r.count;
}
