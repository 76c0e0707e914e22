import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../db/client';
import { departments, memberships, users } from '../../db/schema';
import { makeDepartment } from '../../test/factories';
import { buildWorld, PERSONAS, type World } from '../../test/personas';
import { makeMember, makeUser } from '../../test/users';
import { grantsStillHeld, type Grant } from './recheck-access';
import { departmentAccess, loadViewer } from './viewer';

let world: World;
beforeAll(async () => {
  process.env.PUENTE_ENGINE = 'off';
  world = await buildWorld();
});

/** What guardDepartment would answer now for the same person, session and department. */
async function reference(g: Grant): Promise<boolean> {
  const v = await loadViewer(db, g.userId, g.authenticatedAt);
  if (!v || v.mustChangePassword) return false;
  const access = await departmentAccess(db, v, g.slug, g.minRole);
  return access?.department.id === g.departmentId;
}

/** Every person × department × role × session age of the world, as grants. */
function grantsOf(people: string[], depts: { id: string; slug: string }[], authAts: (number | undefined)[]): Grant[] {
  const out: Grant[] = [];
  for (const userId of people)
    for (const d of depts)
      for (const minRole of ['staff', 'admin'] as const)
        for (const authenticatedAt of authAts) out.push({ userId, departmentId: d.id, slug: d.slug, minRole, ...(authenticatedAt === undefined ? {} : { authenticatedAt }) });
  return out;
}

async function expectSameAsGuard(grants: Grant[]): Promise<void> {
  const batch = await grantsStillHeld(db, grants);
  const expected = await Promise.all(grants.map(reference));
  expect(batch).toEqual(expected);
}

describe('grantsStillHeld', () => {
  it('answers as guardDepartment for the whole world, in any state it can be put in', async () => {
    const validAfter = new Date('2030-01-01T00:00:00.123Z');
    const disabled = await makeMember(world.a.id, 'staff', { disabledAt: new Date() });
    const mustChange = await makeMember(world.a.id, 'admin', { mustChangePassword: true });
    const resetPassword = await makeMember(world.a.id, 'staff', { sessionsValidAfter: validAfter });
    const pending = await makeDepartment({ status: 'pending' });
    const pendingAdmin = await makeMember(pending.id, 'admin');
    const outsider = await makeUser();
    const people = [
      ...PERSONAS.flatMap((p) => (world.viewers[p] ? [world.viewers[p].userId] : [])),
      disabled.id,
      mustChange.id,
      resetPassword.id,
      pendingAdmin.id,
      outsider.id,
      '00000000-0000-4000-8000-000000000000', // nobody
    ];
    const depts = [world.a, world.b, pending, { id: world.a.id, slug: 'renamed-since' }, { id: '00000000-0000-4000-8000-000000000001', slug: 'gone' }];
    // Sessions from before, exactly at, and after the password reset (whole ms, as loadViewer compares).
    const authAts = [undefined, 0, validAfter.getTime() - 1, validAfter.getTime(), validAfter.getTime() + 1];
    const grants = grantsOf(people, depts, authAts);
    const held = await grantsStillHeld(db, grants);
    expect(held.filter(Boolean).length).toBeGreaterThan(0);
    expect(held.some((x) => !x)).toBe(true);
    await expectSameAsGuard(grants);

    // Change the world under the grants: suspend A, drop a membership, demote an admin.
    await db.update(departments).set({ status: 'suspended' }).where(eq(departments.id, world.a.id));
    await db.delete(memberships).where(eq(memberships.userId, world.viewers.staffB!.userId));
    await db.update(memberships).set({ role: 'staff' }).where(eq(memberships.userId, world.viewers.adminA!.userId));
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, outsider.id));
    await expectSameAsGuard(grants);
    await db.update(departments).set({ status: 'approved' }).where(eq(departments.id, world.a.id));
    await expectSameAsGuard(grants);
  });

  it('asks nothing for no grants', async () => {
    expect(await grantsStillHeld(db, [])).toEqual([]);
  });
});
