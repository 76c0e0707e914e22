/**
 * Fixed-window rate limits kept in Postgres, so every app and worker process shares them.
 * Keys are hashed so no raw IP address is stored.
 */
import { createHmac } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Queryable } from '../db/client';
import { liveEnv } from './env';

export function hashKey(kind: string, value: string): string {
  const salt = liveEnv('NEXTAUTH_SECRET') ?? 'puente';
  return `${kind}:${createHmac('sha256', salt).update(value).digest('base64url').slice(0, 22)}`;
}

/**
 * Counts one hit against `key` and says whether it is within `limit` per `windowMs`.
 * Run it inside the transaction of the work it guards, so a rolled-back attempt is not counted.
 */
export async function consumeRateLimit(
  q: Queryable,
  key: string,
  limit: number,
  windowMs: number,
  now: Date = new Date(),
): Promise<{ allowed: boolean; count: number; retryAfterMs: number }> {
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const rows = await q.execute<{ count: number }>(sql`
    insert into rate_limits (key, window_start, count) values (${key}, ${windowStart.toISOString()}, 1)
    on conflict (key, window_start) do update set count = rate_limits.count + 1
    returning count`);
  const count = Number(rows[0]?.count ?? 1);
  // Old windows are useless; clearing them now and then keeps the table tiny.
  if (Math.random() < 0.01) {
    await q.execute(sql`delete from rate_limits where window_start < ${new Date(now.getTime() - 2 * windowMs).toISOString()}`);
  }
  return { allowed: count <= limit, count, retryAfterMs: windowStart.getTime() + windowMs - now.getTime() };
}
