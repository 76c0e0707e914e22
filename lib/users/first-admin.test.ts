import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../db/client';
import { auditLog, users } from '../../db/schema';
import { auditEntries, makeUser } from '../../test/users';
import { signInWithPassword } from '../auth/sign-in';
import { createFirstAdmin, hasPlatformAdmin } from './first-admin';

let ipN = 0;
const ip = () => `192.0.2.${++ipN}`;

// Each test starts with no platform admin, as a fresh deployment does.
beforeEach(async () => {
  await db.update(users).set({ role: 'user' }).where(eq(users.role, 'admin'));
});

describe('createFirstAdmin', () => {
  it('creates a platform admin whose one-time password signs in once and must be changed, audited as the system', async () => {
    expect(await hasPlatformAdmin(db)).toBe(false);
    const r = await createFirstAdmin(db, { email: '  First.Admin@Example.GOV ', name: 'Primera Admin' });
    if (!r.ok) throw new Error(`expected ok, got ${r.error}`);
    expect(r).toMatchObject({ ok: true, email: 'first.admin@example.gov', created: true });
    expect(r.temporaryPassword.length).toBeGreaterThanOrEqual(16);
    expect(await hasPlatformAdmin(db)).toBe(true);

    const signedIn = await signInWithPassword(db, 'first.admin@example.gov', r.temporaryPassword, ip());
    expect(signedIn).toMatchObject({ ok: true, user: { id: r.userId, name: 'Primera Admin', role: 'admin', mustChangePassword: true } });

    const entries = await auditEntries('user.platform_admin_created', r.userId);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorUserId: null, actorEmail: 'system', details: { email: 'first.admin@example.gov', via: 'admin:create' } });
    expect(JSON.stringify(entries[0])).not.toContain(r.temporaryPassword);
  });

  it('gives each admin a different password and names one from the email when no name is given', async () => {
    const a = await createFirstAdmin(db, { email: 'ops-a@example.gov' });
    const b = await createFirstAdmin(db, { email: 'ops-b@example.gov' });
    if (!a.ok || !b.ok) throw new Error('expected both to be created');
    expect(a.temporaryPassword).not.toBe(b.temporaryPassword);
    const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, a.userId));
    expect(row?.name).toBe('ops-a');
  });

  it('refuses an email that already has an account, whatever its case, and changes nothing', async () => {
    const existing = await makeUser({ email: 'taken@example.gov', password: 'the existing passphrase' });
    const before = await db.$count(auditLog);
    expect(await createFirstAdmin(db, { email: 'TAKEN@example.gov' })).toEqual({ ok: false, error: 'exists' });
    expect(await db.$count(auditLog)).toBe(before);
    const [row] = await db.select().from(users).where(eq(users.id, existing.id));
    expect(row).toMatchObject({ role: 'user', mustChangePassword: false });
    expect(await signInWithPassword(db, 'taken@example.gov', 'the existing passphrase', ip())).toMatchObject({ ok: true });
  });

  it('with reset, gives an existing (even disabled) account a new one-time password and platform admin rights, each audited', async () => {
    const u = await makeUser({ email: 'locked-out@example.gov', password: 'a forgotten passphrase', disabledAt: new Date() });
    const r = await createFirstAdmin(db, { email: 'locked-out@example.gov' }, { reset: true });
    if (!r.ok) throw new Error(`expected ok, got ${r.error}`);
    expect(r).toMatchObject({ userId: u.id, created: false });
    expect(await signInWithPassword(db, u.email, 'a forgotten passphrase', ip())).toMatchObject({ ok: false });
    expect(await signInWithPassword(db, u.email, r.temporaryPassword, ip())).toMatchObject({ ok: true, user: { role: 'admin', mustChangePassword: true } });
    for (const action of ['user.password_reset', 'user.enabled', 'user.platform_admin_granted']) {
      const entries = await auditEntries(action, u.id);
      expect(entries, action).toHaveLength(1);
      expect(entries[0]!.actorEmail).toBe('system');
    }
  });

  it('with reset and no such account, creates it', async () => {
    const r = await createFirstAdmin(db, { email: 'new-with-reset@example.gov' }, { reset: true });
    expect(r).toMatchObject({ ok: true, created: true });
  });

  it('refuses a bad or missing email with the form’s message', async () => {
    expect(await createFirstAdmin(db, { email: 'not-an-email' })).toEqual({ ok: false, error: 'invalid', fieldErrors: { email: 'emailInvalid' } });
    expect(await createFirstAdmin(db, {})).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { email: 'emailRequired' } });
    expect(await createFirstAdmin(db, { email: 'ok@example.gov', name: '   ' })).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { name: expect.any(String) } });
  });

  it('counts only enabled platform admins', async () => {
    await makeUser({ role: 'admin', disabledAt: new Date() });
    expect(await hasPlatformAdmin(db)).toBe(false);
  });
});
