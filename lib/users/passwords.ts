/**
 * Changing passwords: a user changes their own (knowing the current one); a platform admin
 * resets someone's to a temporary password, shown once, that must be changed at the next
 * sign-in (users.must_change_password; the dashboard layouts and guards enforce it).
 */
import { randomInt } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import { recordAudit, type Actor } from '../audit/record-audit';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { isUuid } from './ids';
import { changePasswordSchema, fieldErrorsOf, type FieldErrors, type UserErrorCode } from './user-schemas';

export type ChangePasswordResult = { ok: true } | { ok: false; error: 'invalid'; fieldErrors: FieldErrors } | { ok: false; error: 'notFound' };

/**
 * Ends every session signed in before `now` (the caller renews the one it is acting in, see
 * lib/auth/session.ts renewCurrentSession), so a stolen session dies with the old password.
 */
export async function changeOwnPassword(db: Db, userId: string, raw: unknown, actor: Actor, now = new Date()): Promise<ChangePasswordResult> {
  if (!isUuid(userId)) return { ok: false, error: 'notFound' };
  const parsed = changePasswordSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: fieldErrorsOf(parsed.error) };
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user || user.disabledAt) return { ok: false, error: 'notFound' };
  if (!(await verifyPassword(parsed.data.currentPassword, user.passwordHash))) {
    return { ok: false, error: 'invalid', fieldErrors: { currentPassword: 'currentPasswordWrong' satisfies UserErrorCode } };
  }
  const passwordHash = await hashPassword(parsed.data.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, mustChangePassword: false, sessionsValidAfter: now, updatedAt: now }).where(eq(users.id, user.id));
    await recordAudit(tx, actor, { action: 'user.password_changed', targetType: 'user', targetId: user.id, details: { wasTemporary: user.mustChangePassword } });
  });
  return { ok: true };
}

// No 0/O, 1/l/I: the temporary password is read off a screen and typed by someone else.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** 20 characters in groups of five (≈ 115 bits), e.g. "k7Qm2-Xw9pR-…". */
export function temporaryPassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g++) {
    let s = '';
    for (let i = 0; i < 5; i++) s += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(s);
  }
  return groups.join('-');
}

export type ResetPasswordResult = { ok: true; temporaryPassword: string; email: string } | { ok: false; error: 'notFound' };

/**
 * Sets a new temporary password (returned once, never stored in clear), forces a change at
 * next sign-in and ends every session the user has open.
 */
export async function adminResetPassword(db: Db, userId: string, actor: Actor, now = new Date()): Promise<ResetPasswordResult> {
  if (!isUuid(userId)) return { ok: false, error: 'notFound' };
  const [user] = await db.select({ id: users.id, email: users.email }).from(users).where(eq(users.id, userId));
  if (!user) return { ok: false, error: 'notFound' };
  const temp = temporaryPassword();
  const passwordHash = await hashPassword(temp);
  const done = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: true, sessionsValidAfter: now, updatedAt: now })
      .where(eq(users.id, user.id))
      .returning({ id: users.id });
    if (!row) return false;
    await recordAudit(tx, actor, { action: 'user.password_reset', targetType: 'user', targetId: user.id, details: { email: user.email } });
    return true;
  });
  return done ? { ok: true, temporaryPassword: temp, email: user.email } : { ok: false, error: 'notFound' };
}
