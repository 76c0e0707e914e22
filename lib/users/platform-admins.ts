/**
 * The platform's people, as platform admins manage them: who is a platform admin, who is
 * disabled. Puente always keeps one enabled platform admin, and nobody removes their own
 * admin rights or disables themselves (someone else must, so it is never an accident).
 */
import { asc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { departments, memberships, users } from '../../db/schema';
import { recordAudit, type Actor } from '../audit/record-audit';
import { isUuid } from './ids';
import type { MemberRole } from './user-schemas';

export interface PlatformUser {
  id: string;
  name: string;
  email: string;
  platformAdmin: boolean;
  disabled: boolean;
  mustChangePassword: boolean;
  lastSignInAt: Date | null;
  createdAt: Date;
  departments: { slug: string; name: string; role: MemberRole; status: 'pending' | 'approved' | 'rejected' | 'suspended' }[];
}

export async function listUsers(db: Db): Promise<PlatformUser[]> {
  const rows = await db.select().from(users).orderBy(sql`${users.role} = 'user'`, asc(sql`lower(${users.email})`));
  const ms = await db
    .select({ userId: memberships.userId, slug: departments.slug, name: departments.name, role: memberships.role, status: departments.status })
    .from(memberships)
    .innerJoin(departments, eq(departments.id, memberships.departmentId))
    .orderBy(departments.name);
  const byUser = new Map<string, PlatformUser['departments']>();
  for (const m of ms) {
    const list = byUser.get(m.userId) ?? [];
    list.push({ slug: m.slug, name: m.name, role: m.role, status: m.status });
    byUser.set(m.userId, list);
  }
  return rows.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    platformAdmin: u.role === 'admin',
    disabled: u.disabledAt !== null,
    mustChangePassword: u.mustChangePassword,
    lastSignInAt: u.lastSignInAt,
    createdAt: u.createdAt,
    departments: byUser.get(u.id) ?? [],
  }));
}

export type PlatformChangeResult = { ok: true; changed: boolean } | { ok: false; error: 'notFound' | 'self' | 'lastAdmin' };

/**
 * The enabled platform admins, locked for the transaction, so two admins revoking each other
 * at once cannot leave none.
 */
async function lockAdmins(tx: Tx): Promise<string[]> {
  const rows = await tx.execute<{ id: string }>(sql`select id from users where role = 'admin' and disabled_at is null order by id for update`);
  return rows.map((r) => r.id);
}

export async function setPlatformAdmin(db: Db, userId: string, grant: boolean, actor: Actor): Promise<PlatformChangeResult> {
  if (!isUuid(userId)) return { ok: false, error: 'notFound' };
  const id = userId.toLowerCase();
  if (!grant && actor.userId === id) return { ok: false, error: 'self' };
  return db.transaction(async (tx) => {
    const admins = await lockAdmins(tx);
    const [target] = await tx.select({ id: users.id, email: users.email, role: users.role }).from(users).where(eq(users.id, id)).for('update');
    if (!target) return { ok: false, error: 'notFound' } as const;
    if ((target.role === 'admin') === grant) return { ok: true, changed: false } as const;
    if (!grant && admins.filter((a) => a !== target.id).length === 0) return { ok: false, error: 'lastAdmin' } as const;
    await tx
      .update(users)
      .set({ role: grant ? 'admin' : 'user', updatedAt: new Date() })
      .where(eq(users.id, target.id));
    await recordAudit(tx, actor, {
      action: grant ? 'user.platform_admin_granted' : 'user.platform_admin_revoked',
      targetType: 'user',
      targetId: target.id,
      details: { email: target.email },
    });
    return { ok: true, changed: true } as const;
  });
}

/** Disabling signs the person out of everything on their next request (lib/auth/viewer.ts refuses disabled users). */
export async function setUserDisabled(db: Db, userId: string, disabled: boolean, actor: Actor): Promise<PlatformChangeResult> {
  if (!isUuid(userId)) return { ok: false, error: 'notFound' };
  const id = userId.toLowerCase();
  if (disabled && actor.userId === id) return { ok: false, error: 'self' };
  return db.transaction(async (tx) => {
    const admins = await lockAdmins(tx);
    const [target] = await tx.select({ id: users.id, email: users.email, role: users.role, disabledAt: users.disabledAt }).from(users).where(eq(users.id, id)).for('update');
    if (!target) return { ok: false, error: 'notFound' } as const;
    if ((target.disabledAt !== null) === disabled) return { ok: true, changed: false } as const;
    if (disabled && target.role === 'admin' && admins.filter((a) => a !== target.id).length === 0) return { ok: false, error: 'lastAdmin' } as const;
    await tx
      .update(users)
      .set({ disabledAt: disabled ? new Date() : null, updatedAt: new Date() })
      .where(eq(users.id, target.id));
    await recordAudit(tx, actor, { action: disabled ? 'user.disabled' : 'user.enabled', targetType: 'user', targetId: target.id, details: { email: target.email } });
    return { ok: true, changed: true } as const;
  });
}
