/**
 * A department's members: list, change a role, remove. A department always keeps at least
 * one admin: the last one can be neither demoted nor removed. Removal takes effect on the
 * member's next request (memberships are read per request, see lib/auth/viewer.ts).
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { memberships, users } from '../../db/schema';
import { recordAudit, type Actor } from '../audit/record-audit';
import { isUuid } from './ids';
import { fieldErrorsOf, roleInputSchema, type FieldErrors, type MemberRole } from './user-schemas';

export interface Member {
  userId: string;
  name: string;
  email: string;
  role: MemberRole;
  joinedAt: Date;
  lastSignInAt: Date | null;
  disabled: boolean;
}

export async function listMembers(db: Db, departmentId: string): Promise<Member[]> {
  const rows = await db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      joinedAt: memberships.createdAt,
      lastSignInAt: users.lastSignInAt,
      disabledAt: users.disabledAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.departmentId, departmentId))
    .orderBy(sql`${memberships.role} = 'staff'`, asc(sql`lower(${users.name})`), asc(users.email));
  return rows.map(({ disabledAt, ...r }) => ({ ...r, disabled: disabledAt !== null }));
}

/**
 * The department's memberships, locked for the rest of the transaction: two admins demoting
 * each other at the same moment are serialised, and the second sees the first's change.
 */
async function lockMembers(tx: Tx, departmentId: string) {
  return tx.execute<{ user_id: string; role: MemberRole; email: string }>(sql`
    select m.user_id, m.role::text as role, u.email
      from memberships m join users u on u.id = m.user_id
     where m.department_id = ${departmentId}
     order by m.user_id
       for update of m`);
}

export type MemberChangeResult =
  | { ok: true; changed: boolean }
  | { ok: false; error: 'notFound' }
  | { ok: false; error: 'lastAdmin' }
  | { ok: false; error: 'invalid'; fieldErrors: FieldErrors };

export async function changeMemberRole(db: Db, departmentId: string, userId: string, raw: unknown, actor: Actor): Promise<MemberChangeResult> {
  if (!isUuid(userId)) return { ok: false, error: 'notFound' };
  const parsed = roleInputSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: fieldErrorsOf(parsed.error) };
  const role = parsed.data.role;
  return db.transaction(async (tx) => {
    const rows = await lockMembers(tx, departmentId);
    const target = rows.find((r) => r.user_id === userId.toLowerCase());
    if (!target) return { ok: false, error: 'notFound' } as const;
    if (target.role === role) return { ok: true, changed: false } as const;
    if (target.role === 'admin' && rows.filter((r) => r.role === 'admin').length <= 1) return { ok: false, error: 'lastAdmin' } as const;
    await tx
      .update(memberships)
      .set({ role })
      .where(and(eq(memberships.departmentId, departmentId), eq(memberships.userId, target.user_id)));
    await recordAudit(tx, actor, {
      action: 'member.role_changed',
      departmentId,
      targetType: 'user',
      targetId: target.user_id,
      details: { email: target.email, from: target.role, to: role },
    });
    return { ok: true, changed: true } as const;
  });
}

export async function removeMember(db: Db, departmentId: string, userId: string, actor: Actor): Promise<MemberChangeResult> {
  if (!isUuid(userId)) return { ok: false, error: 'notFound' };
  return db.transaction(async (tx) => {
    const rows = await lockMembers(tx, departmentId);
    const target = rows.find((r) => r.user_id === userId.toLowerCase());
    if (!target) return { ok: false, error: 'notFound' } as const;
    if (target.role === 'admin' && rows.filter((r) => r.role === 'admin').length <= 1) return { ok: false, error: 'lastAdmin' } as const;
    await tx.delete(memberships).where(and(eq(memberships.departmentId, departmentId), eq(memberships.userId, target.user_id)));
    await recordAudit(tx, actor, {
      action: 'member.removed',
      departmentId,
      targetType: 'user',
      targetId: target.user_id,
      details: { email: target.email, role: target.role },
    });
    return { ok: true, changed: true } as const;
  });
}
