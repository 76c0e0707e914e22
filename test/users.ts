/** Builders for people in tests: a user (optionally with a password) and their memberships. */
import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { db } from '../db/client';
import { auditLog, memberships, users } from '../db/schema';
import { hashPassword } from '../lib/auth/passwords';

export async function makeUser(over: Partial<typeof users.$inferInsert> & { password?: string } = {}) {
  const { password, ...rest } = over;
  const [u] = await db
    .insert(users)
    .values({
      email: `person-${randomBytes(4).toString('hex')}@example.com`,
      name: 'Test Person',
      passwordHash: password ? await hashPassword(password) : null,
      ...rest,
    })
    .returning();
  return u!;
}

export async function makeMember(departmentId: string, role: 'admin' | 'staff', over: Parameters<typeof makeUser>[0] = {}) {
  const u = await makeUser(over);
  await db.insert(memberships).values({ userId: u.id, departmentId, role });
  return u;
}

/** audit_log is append-only: tests count the entries of their own targets. */
export async function auditEntries(action: string, targetId: string) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.targetId, targetId)));
}
