import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../db/client';
import { departments, memberships, users } from '../../db/schema';
import { buildWorld, PERSONAS, allowedFor, type World } from '../../test/personas';
import { hashPassword } from './passwords';
import { signInWithPassword } from './sign-in';
import { departmentAccess, loadViewer } from './viewer';

let world: World;
beforeAll(async () => {
  process.env.PUENTE_ENGINE = 'off';
  world = await buildWorld();
});

describe('departmentAccess', () => {
  for (const minRole of ['staff', 'admin'] as const) {
    it(`lets exactly the right people act on department A as ${minRole}`, async () => {
      const allowed = allowedFor(minRole);
      for (const p of PERSONAS) {
        const v = world.viewers[p];
        const access = v ? await departmentAccess(db, v, world.a.slug, minRole) : null;
        expect(Boolean(access), `${p} as ${minRole}`).toBe(allowed.has(p));
        if (access) expect(access.department.id).toBe(world.a.id);
      }
    });
  }

  it('answers the same for a department that does not exist and one that is not yours', async () => {
    const v = world.viewers.staffB!;
    expect(await departmentAccess(db, v, world.a.slug)).toBeNull();
    expect(await departmentAccess(db, v, 'no-such-department')).toBeNull();
    expect(await departmentAccess(db, v, '../../etc/passwd')).toBeNull();
  });

  it('gives members of a pending or suspended department no access until it is approved', async () => {
    await db.update(departments).set({ status: 'suspended' }).where(eq(departments.id, world.a.id));
    const v = await loadViewer(db, world.viewers.adminA!.userId);
    expect(await departmentAccess(db, v!, world.a.slug, 'staff')).toBeNull();
    await db.update(departments).set({ status: 'approved' }).where(eq(departments.id, world.a.id));
    const again = await loadViewer(db, world.viewers.adminA!.userId);
    expect(await departmentAccess(db, again!, world.a.slug, 'admin')).not.toBeNull();
  });

  it('takes a removed membership into account at once', async () => {
    const [u] = await db.insert(users).values({ email: `gone-${Date.now()}@example.com`, name: 'Gone' }).returning();
    await db.insert(memberships).values({ userId: u!.id, departmentId: world.a.id, role: 'admin' });
    expect(await departmentAccess(db, (await loadViewer(db, u!.id))!, world.a.slug)).not.toBeNull();
    await db.delete(memberships).where(eq(memberships.userId, u!.id));
    expect(await departmentAccess(db, (await loadViewer(db, u!.id))!, world.a.slug)).toBeNull();
  });
});

describe('signInWithPassword', () => {
  it('signs in with the right password and fails generically otherwise', async () => {
    const email = `person-${Date.now()}@example.com`;
    await db.insert(users).values({ email, name: 'P', passwordHash: await hashPassword('correct horse battery') });
    expect(await signInWithPassword(db, email.toUpperCase(), 'correct horse battery', '198.51.100.1')).toMatchObject({ ok: true });
    expect(await signInWithPassword(db, email, 'wrong', '198.51.100.1')).toEqual({ ok: false, reason: 'invalid', retryAfterMs: 0 });
    expect(await signInWithPassword(db, 'nobody@example.com', 'wrong', '198.51.100.1')).toEqual({ ok: false, reason: 'invalid', retryAfterMs: 0 });
  });

  it('refuses a disabled account with the same generic answer', async () => {
    const email = `disabled-${Date.now()}@example.com`;
    await db.insert(users).values({ email, name: 'D', passwordHash: await hashPassword('correct horse battery'), disabledAt: new Date() });
    expect(await signInWithPassword(db, email, 'correct horse battery', '198.51.100.1')).toEqual({ ok: false, reason: 'invalid', retryAfterMs: 0 });
  });
});

describe('sessions after a password change', () => {
  it('refuses a session signed in before the change or reset, and accepts one signed in after', async () => {
    const { changeOwnPassword, adminResetPassword } = await import('../users/passwords');
    const [u] = await db
      .insert(users)
      .values({ email: `sessions-${Date.now()}@example.com`, name: 'S', passwordHash: await hashPassword('old-password-123') })
      .returning();
    const signedInAt = Date.now() - 60_000;
    expect(await loadViewer(db, u!.id, signedInAt)).not.toBeNull(); // nothing changed yet

    const changedAt = new Date();
    const r = await changeOwnPassword(db, u!.id, { currentPassword: 'old-password-123', newPassword: 'new-password-456', confirm: 'new-password-456' }, { email: 'self' }, changedAt);
    expect(r.ok).toBe(true);
    expect(await loadViewer(db, u!.id, signedInAt)).toBeNull(); // the other browser, or a stolen cookie
    expect(await loadViewer(db, u!.id, 0)).toBeNull(); // a token from before sessions carried their sign-in time
    expect(await loadViewer(db, u!.id, changedAt.getTime() + 1)).not.toBeNull(); // signed in (or renewed) after

    const resetAt = new Date(changedAt.getTime() + 5_000);
    expect((await adminResetPassword(db, u!.id, { email: 'admin' }, resetAt)).ok).toBe(true);
    expect(await loadViewer(db, u!.id, changedAt.getTime() + 1)).toBeNull();
  });
});
