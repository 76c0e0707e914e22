import { eq, inArray } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, rawSql } from '../../db/client';
import { users } from '../../db/schema';
import { makeDepartment } from '../../test/factories';
import { auditEntries, makeMember, makeUser } from '../../test/users';
import { loadViewer } from '../auth/viewer';
import { listUsers, setPlatformAdmin, setUserDisabled } from './platform-admins';

// The last-admin rules count every platform admin in the database: start each test with none.
beforeEach(async () => {
  await db.update(users).set({ role: 'user' }).where(eq(users.role, 'admin'));
});

async function roleOf(id: string) {
  const [u] = await db.select({ role: users.role }).from(users).where(eq(users.id, id));
  return u?.role;
}

describe('granting and revoking platform admin', () => {
  it('grants and revokes, one audit entry each, none for a no-op', async () => {
    const x = await makeUser({ role: 'admin' });
    const y = await makeUser();
    const actor = { userId: x.id, email: x.email };
    expect(await setPlatformAdmin(db, y.id, true, actor)).toEqual({ ok: true, changed: true });
    expect((await loadViewer(db, y.id))!.platformRole).toBe('admin');
    expect(await setPlatformAdmin(db, y.id, true, actor)).toEqual({ ok: true, changed: false });
    expect(await auditEntries('user.platform_admin_granted', y.id)).toHaveLength(1);

    expect(await setPlatformAdmin(db, y.id, false, actor)).toEqual({ ok: true, changed: true });
    expect((await loadViewer(db, y.id))!.platformRole).toBe('user');
    const revoked = await auditEntries('user.platform_admin_revoked', y.id);
    expect(revoked).toHaveLength(1);
    expect(revoked[0]).toMatchObject({ actorUserId: x.id, details: { email: y.email } });
  });

  it('refuses revoking yourself, and revoking the last enabled platform admin', async () => {
    const x = await makeUser({ role: 'admin' });
    await makeUser({ role: 'admin', disabledAt: new Date() }); // a disabled admin does not count
    expect(await setPlatformAdmin(db, x.id, false, { userId: x.id })).toEqual({ ok: false, error: 'self' });
    expect(await setPlatformAdmin(db, x.id, false, { email: 'system' })).toEqual({ ok: false, error: 'lastAdmin' });
    expect(await roleOf(x.id)).toBe('admin');
    expect(await auditEntries('user.platform_admin_revoked', x.id)).toHaveLength(0);
  });

  it('never leaves no admin when two admins revoke each other at once', async () => {
    const x = await makeUser({ role: 'admin' });
    const y = await makeUser({ role: 'admin' });
    // y's revocation of x is in flight (not yet committed) when x tries to revoke y.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const started = new Promise<void>((r) => (locked = r));
    const first = rawSql().begin(async (tx) => {
      await tx`update users set role = 'user' where id = ${x.id}`;
      locked();
      await gate;
    });
    await started;
    const second = setPlatformAdmin(db, y.id, false, { userId: x.id });
    await new Promise((r) => setTimeout(r, 300));
    release();
    await first;
    expect(await second).toEqual({ ok: false, error: 'lastAdmin' });
    const roles = await db.select({ role: users.role }).from(users).where(inArray(users.id, [x.id, y.id]));
    expect(roles.filter((r) => r.role === 'admin')).toHaveLength(1);
  });

  it('answers notFound for an unknown id', async () => {
    const x = await makeUser({ role: 'admin' });
    expect(await setPlatformAdmin(db, '00000000-0000-4000-8000-000000000000', true, { userId: x.id })).toEqual({ ok: false, error: 'notFound' });
    expect(await setPlatformAdmin(db, '<script>', true, { userId: x.id })).toEqual({ ok: false, error: 'notFound' });
  });
});

describe('disabling and enabling a user', () => {
  it('disables (the viewer is gone at once) and enables, audited; never yourself or the last admin', async () => {
    const x = await makeUser({ role: 'admin' });
    const u = await makeUser();
    const actor = { userId: x.id };
    expect(await setUserDisabled(db, u.id, true, actor)).toEqual({ ok: true, changed: true });
    expect(await loadViewer(db, u.id)).toBeNull();
    expect(await setUserDisabled(db, u.id, false, actor)).toEqual({ ok: true, changed: true });
    expect(await loadViewer(db, u.id)).not.toBeNull();
    expect(await auditEntries('user.disabled', u.id)).toHaveLength(1);
    expect(await auditEntries('user.enabled', u.id)).toHaveLength(1);

    expect(await setUserDisabled(db, x.id, true, actor)).toEqual({ ok: false, error: 'self' });
    expect(await setUserDisabled(db, x.id, true, { email: 'system' })).toEqual({ ok: false, error: 'lastAdmin' });
    expect(await loadViewer(db, x.id)).not.toBeNull();
  });
});

describe('listing users', () => {
  it('shows each user with platform role, state and departments', async () => {
    const dep = await makeDepartment();
    const admin = await makeUser({ role: 'admin' });
    const member = await makeMember(dep.id, 'staff');
    const list = await listUsers(db);
    expect(list.find((u) => u.id === admin.id)).toMatchObject({ platformAdmin: true, departments: [] });
    expect(list.find((u) => u.id === member.id)).toMatchObject({ platformAdmin: false, disabled: false, departments: [{ slug: dep.slug, role: 'staff' }] });
    expect(list.findIndex((u) => u.id === admin.id)).toBeLessThan(list.findIndex((u) => u.id === member.id));
  });
});
