/**
 * Email + password sign-in: rate-limited per email and per IP, one generic failure for every
 * reason (unknown email, wrong password, disabled account), and every outcome audited.
 */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import { recordAudit } from '../audit/record-audit';
import { consumeRateLimit, hashKey } from '../rate-limit';
import { verifyPassword } from './passwords';

export const SIGN_IN_LIMIT = { perEmail: 10, perIp: 50, windowMs: 15 * 60_000 };

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  role: 'admin' | 'user';
  mustChangePassword: boolean;
}

export type SignInResult = { ok: true; user: SignedInUser } | { ok: false; reason: 'invalid' | 'rateLimited' };

export async function signInWithPassword(db: Db, emailRaw: string, password: string, ip: string): Promise<SignInResult> {
  const email = emailRaw.trim().toLowerCase().slice(0, 254);
  const byEmail = await consumeRateLimit(db, hashKey('signin-email', email), SIGN_IN_LIMIT.perEmail, SIGN_IN_LIMIT.windowMs);
  const byIp = await consumeRateLimit(db, hashKey('signin-ip', ip), SIGN_IN_LIMIT.perIp, SIGN_IN_LIMIT.windowMs);
  if (!byEmail.allowed || !byIp.allowed) {
    await recordAudit(db, { email, ip }, { action: 'auth.sign_in_rate_limited' });
    return { ok: false, reason: 'rateLimited' };
  }
  const [user] = await db.select().from(users).where(sql`lower(${users.email}) = ${email}`);
  const valid = await verifyPassword(password.slice(0, 200), user?.passwordHash);
  if (!user || !valid || user.disabledAt) {
    await recordAudit(db, { userId: user?.id ?? null, email, ip }, { action: 'auth.sign_in_failed' });
    return { ok: false, reason: 'invalid' };
  }
  await db.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, user.id));
  await recordAudit(db, { userId: user.id, email: user.email, ip }, { action: 'auth.sign_in' });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, mustChangePassword: user.mustChangePassword } };
}
