/**
 * The first platform admin of a real deployment, made from the command line
 * (`npm run admin:create`, scripts/admin-create.ts): no demo data and no known password ever
 * exist there (docs/decisions/013). The account gets a one-time password, returned once and
 * never stored in clear, that must be changed at the first sign-in, as after an admin reset.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import { CONTROL_CHARACTERS_MESSAGE, hasNoControlCharacters } from '../plain-text';
import { recordAudit, SYSTEM_ACTOR } from '../audit/record-audit';
import { hashPassword } from '../auth/passwords';
import { adminResetPassword, temporaryPassword } from './passwords';
import { setPlatformAdmin, setUserDisabled } from './platform-admins';
import { fieldErrorsOf, invitationInputSchema, type FieldErrors } from './user-schemas';

export const firstAdminInputSchema = z.object({
  // The invitation form's email rule: trimmed, at most 254 characters, lower-cased.
  email: invitationInputSchema.shape.email,
  name: z.string().refine(hasNoControlCharacters, CONTROL_CHARACTERS_MESSAGE).trim().min(1, 'The name is empty.').max(120, 'Use at most 120 characters for the name.').optional(),
});
export type FirstAdminInput = z.input<typeof firstAdminInputSchema>;

export type FirstAdminResult =
  | { ok: true; userId: string; email: string; temporaryPassword: string; created: boolean }
  | { ok: false; error: 'invalid'; fieldErrors: FieldErrors }
  /** The email has an account already: `reset` makes it a platform admin with a new one-time password. */
  | { ok: false; error: 'exists' };

/** Whether anyone can administer the platform (an enabled platform admin exists). */
export async function hasPlatformAdmin(db: Db): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), isNull(users.disabledAt)))
    .limit(1);
  return row !== undefined;
}

/** users_email_key refused the insert (drizzle wraps the postgres error in `cause`). */
function isEmailTaken(e: unknown): boolean {
  for (let x: unknown = e; x && typeof x === 'object'; x = (x as { cause?: unknown }).cause) {
    const err = x as { code?: string; constraint_name?: string };
    if (err.code === '23505' && err.constraint_name === 'users_email_key') return true;
  }
  return false;
}

/**
 * Creates a platform admin with a one-time password (audited as the system: nobody is signed
 * in). With `reset`, an existing account with that email instead gets a new one-time password
 * (its sessions end), is enabled and made a platform admin, through the same functions a
 * platform admin uses in the dashboard, each audited as usual.
 */
export async function createFirstAdmin(db: Db, raw: unknown, opts: { reset?: boolean } = {}): Promise<FirstAdminResult> {
  const parsed = firstAdminInputSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: fieldErrorsOf(parsed.error) };
  const { email } = parsed.data;
  const [existing] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${email}`);
  if (existing) return opts.reset ? resetExisting(db, existing.id) : { ok: false, error: 'exists' };

  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  try {
    const id = await db.transaction(async (tx) => {
      const [u] = await tx
        .insert(users)
        .values({ email, name: parsed.data.name ?? email.split('@')[0]!, passwordHash, role: 'admin', mustChangePassword: true })
        .returning({ id: users.id });
      if (!u) throw new Error('user insert returned nothing');
      await recordAudit(tx, SYSTEM_ACTOR, { action: 'user.platform_admin_created', targetType: 'user', targetId: u.id, details: { email, via: 'admin:create' } });
      return u.id;
    });
    return { ok: true, userId: id, email, temporaryPassword: password, created: true };
  } catch (e) {
    // Someone created the same email between the check and the insert.
    if (isEmailTaken(e)) return { ok: false, error: 'exists' };
    throw e;
  }
}

async function resetExisting(db: Db, userId: string): Promise<FirstAdminResult> {
  // The password first: an account that becomes admin never keeps a password someone else may know.
  const reset = await adminResetPassword(db, userId, SYSTEM_ACTOR);
  if (!reset.ok) throw new Error('the account disappeared during the reset; run the command again');
  const enabled = await setUserDisabled(db, userId, false, SYSTEM_ACTOR);
  const granted = await setPlatformAdmin(db, userId, true, SYSTEM_ACTOR);
  if (!enabled.ok || !granted.ok) throw new Error('the account disappeared during the reset; run the command again');
  return { ok: true, userId, email: reset.email, temporaryPassword: reset.temporaryPassword, created: false };
}
