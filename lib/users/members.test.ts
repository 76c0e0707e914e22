import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, rawSql } from '../../db/client';
import { memberships } from '../../db/schema';
import { makeDepartment } from '../../test/factories';
import { auditEntries, makeMember } from '../../test/users';
import { departmentAccess, loadViewer } from '../auth/viewer';
import { changeMemberRole, listMembers, removeMember } from './members';

async function roleOf(departmentId: string, userId: string) {
  const [m] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.departmentId, departmentId), eq(memberships.userId, userId)));
  return m?.role ?? null;
}

async function setup() {
  const a = await makeDepartment();
  const b = await makeDepartment();
  const admin = await makeMember(a.id, 'admin', { name: 'Zoe Admin' });
  const staff = await makeMember(a.id, 'staff', { name: 'Ana Staff' });
  const staffB = await makeMember(b.id, 'staff');
  const actor = { userId: admin.id, email: admin.email };
  return { a, b, admin, staff, staffB, actor };
}

describe('listing members', () => {
  it('lists the department’s members only, admins first', async () => {
    const { a, admin, staff } = await setup();
    const list = await listMembers(db, a.id);
    expect(list.map((m) => [m.userId, m.role])).toEqual([
      [admin.id, 'admin'],
      [staff.id, 'staff'],
    ]);
  });
});

describe('changing a role', () => {
  it('promotes and demotes, with exactly one audit entry per change and none for a no-op', async () => {
    const { a, staff, actor } = await setup();
    expect(await changeMemberRole(db, a.id, staff.id, { role: 'admin' }, actor)).toEqual({ ok: true, changed: true });
    expect(await roleOf(a.id, staff.id)).toBe('admin');
    const v = (await loadViewer(db, staff.id))!;
    expect(await departmentAccess(db, v, a.slug, 'admin')).not.toBeNull();
    expect(await changeMemberRole(db, a.id, staff.id, { role: 'admin' }, actor)).toEqual({ ok: true, changed: false });
    const entries = await auditEntries('member.role_changed', staff.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ departmentId: a.id, actorUserId: actor.userId, details: { from: 'staff', to: 'admin', email: staff.email } });

    expect(await changeMemberRole(db, a.id, staff.id, { role: 'staff' }, actor)).toEqual({ ok: true, changed: true });
    expect(await departmentAccess(db, (await loadViewer(db, staff.id))!, a.slug, 'admin')).toBeNull();
    expect(await auditEntries('member.role_changed', staff.id)).toHaveLength(2);
  });

  it('refuses to demote the last department admin', async () => {
    const { a, admin, actor } = await setup();
    expect(await changeMemberRole(db, a.id, admin.id, { role: 'staff' }, actor)).toEqual({ ok: false, error: 'lastAdmin' });
    expect(await roleOf(a.id, admin.id)).toBe('admin');
    expect(await auditEntries('member.role_changed', admin.id)).toHaveLength(0);
  });

  it('lets only one of two admins demoting each other at the same moment succeed', async () => {
    const { a, admin, staff } = await setup();
    await changeMemberRole(db, a.id, staff.id, { role: 'admin' }, { email: 'setup' });
    // A first demotion is in flight (its transaction not yet committed) when the second starts.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const started = new Promise<void>((r) => (locked = r));
    const first = rawSql().begin(async (tx) => {
      await tx`update memberships set role = 'staff' where department_id = ${a.id} and user_id = ${admin.id}`;
      locked();
      await gate;
    });
    await started;
    const second = changeMemberRole(db, a.id, staff.id, { role: 'staff' }, { userId: admin.id });
    await new Promise((r) => setTimeout(r, 300));
    release();
    await first;
    expect(await second).toEqual({ ok: false, error: 'lastAdmin' });
    expect(await roleOf(a.id, staff.id)).toBe('admin');
  });

  it('refuses a bad role, an unknown id, and a member of another department', async () => {
    const { a, b, staff, staffB, actor } = await setup();
    expect(await changeMemberRole(db, a.id, staff.id, { role: 'owner' }, actor)).toMatchObject({ ok: false, error: 'invalid' });
    expect(await changeMemberRole(db, a.id, 'x; drop table users', { role: 'admin' }, actor)).toEqual({ ok: false, error: 'notFound' });
    expect(await changeMemberRole(db, a.id, staffB.id, { role: 'admin' }, actor)).toEqual({ ok: false, error: 'notFound' });
    expect(await roleOf(b.id, staffB.id)).toBe('staff');
    expect(await auditEntries('member.role_changed', staffB.id)).toHaveLength(0);
  });
});

describe('removing a member', () => {
  it('removes at once and audits once', async () => {
    const { a, staff, actor } = await setup();
    expect(await departmentAccess(db, (await loadViewer(db, staff.id))!, a.slug)).not.toBeNull();
    expect(await removeMember(db, a.id, staff.id, actor)).toEqual({ ok: true, changed: true });
    expect(await departmentAccess(db, (await loadViewer(db, staff.id))!, a.slug)).toBeNull();
    expect(await removeMember(db, a.id, staff.id, actor)).toEqual({ ok: false, error: 'notFound' });
    const entries = await auditEntries('member.removed', staff.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ departmentId: a.id, details: { role: 'staff', email: staff.email } });
  });

  it('refuses to remove the last admin, and cannot touch another department’s member', async () => {
    const { a, b, admin, staffB, actor } = await setup();
    expect(await removeMember(db, a.id, admin.id, actor)).toEqual({ ok: false, error: 'lastAdmin' });
    expect(await removeMember(db, a.id, staffB.id, actor)).toEqual({ ok: false, error: 'notFound' });
    expect(await roleOf(a.id, admin.id)).toBe('admin');
    expect(await roleOf(b.id, staffB.id)).toBe('staff');
    expect(await auditEntries('member.removed', admin.id)).toHaveLength(0);
    expect(await auditEntries('member.removed', staffB.id)).toHaveLength(0);
  });

  it('lets an admin be removed while another admin remains', async () => {
    const { a, admin, staff, actor } = await setup();
    await changeMemberRole(db, a.id, staff.id, { role: 'admin' }, actor);
    expect(await removeMember(db, a.id, admin.id, { userId: staff.id })).toEqual({ ok: true, changed: true });
    expect(await removeMember(db, a.id, staff.id, { userId: staff.id })).toEqual({ ok: false, error: 'lastAdmin' });
  });
});
