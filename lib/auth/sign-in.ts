/**
 * Email + password sign-in: throttled per account + address and per address without a lockout
 * anyone else can cause (lib/auth/sign-in-throttle.ts), one generic failure for every reason
 * (unknown email, wrong password, disabled account), and every outcome audited.
 */
import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import { recordAudit } from '../audit/record-audit';
import { verifyPassword } from './passwords';
import { lockPair, recordFailure, recordSuccess, throttleKeys, waitBeforeAttempt } from './sign-in-throttle';
import { hasNoControlCharacters } from '../plain-text';

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  role: 'admin' | 'user';
  mustChangePassword: boolean;
}

export type SignInResult =
  | { ok: true; user: SignedInUser }
  /** `retryAfterMs`: how long the next attempt from this address for this account must wait (0: none). */
  | { ok: false; reason: 'invalid'; retryAfterMs: number }
  | { ok: false; reason: 'rateLimited'; retryAfterMs: number };

export async function signInWithPassword(db: Db, emailRaw: string, password: string, ip: string, now: () => Date = () => new Date()): Promise<SignInResult> {
  // No account has such an address, and Postgres would refuse a NUL in the lookup and the audit entry.
  if (!hasNoControlCharacters(emailRaw)) return { ok: false, reason: 'invalid', retryAfterMs: 0 };
  const email = emailRaw.trim().toLowerCase().slice(0, 254);
  const keys = throttleKeys(email, ip);
  // One transaction per attempt, holding the account + address lock while the password is
  // checked: parallel guesses queue behind each other instead of all passing the same count.
  return db.transaction(async (tx) => {
    await lockPair(tx, keys);
    const wait = await waitBeforeAttempt(tx, keys, now());
    if (wait > 0) {
      await recordAudit(tx, { email, ip }, { action: 'auth.sign_in_rate_limited' });
      return { ok: false, reason: 'rateLimited', retryAfterMs: wait } as const;
    }
    const [user] = await tx.select().from(users).where(sql`lower(${users.email}) = ${email}`);
    const valid = await verifyPassword(password.slice(0, 200), user?.passwordHash);
    if (!user || !valid || user.disabledAt) {
      const retryAfterMs = await recordFailure(tx, keys, now());
      await recordAudit(tx, { userId: user?.id ?? null, email, ip }, { action: 'auth.sign_in_failed' });
      return { ok: false, reason: 'invalid', retryAfterMs } as const;
    }
    await recordSuccess(tx, keys);
    await tx.update(users).set({ lastSignInAt: now() }).where(eq(users.id, user.id));
    await recordAudit(tx, { userId: user.id, email: user.email, ip }, { action: 'auth.sign_in' });
    return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, mustChangePassword: user.mustChangePassword } } as const;
  });
}
