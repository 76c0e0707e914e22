import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '../../db/client';
import { users } from '../../db/schema';
import { auditEntries, makeUser } from '../../test/users';
import { signInWithPassword } from '../auth/sign-in';
import { loadViewer } from '../auth/viewer';
import { adminResetPassword, changeOwnPassword, temporaryPassword } from './passwords';

const OLD = 'the old passphrase';
const NEW = 'a brand new passphrase';
let ipN = 0;
const ip = () => `198.51.100.${++ipN}`;

describe('changing one’s own password', () => {
  it('needs the current password and 12+ characters typed twice, then signs in only with the new one, audited once', async () => {
    const u = await makeUser({ password: OLD });
    const actor = { userId: u.id, email: u.email };
    expect(await changeOwnPassword(db, u.id, { currentPassword: 'wrong wrong wrong', newPassword: NEW, confirm: NEW }, actor)).toEqual({
      ok: false,
      error: 'invalid',
      fieldErrors: { currentPassword: 'currentPasswordWrong' },
    });
    expect(await changeOwnPassword(db, u.id, { currentPassword: OLD, newPassword: 'short', confirm: 'short' }, actor)).toMatchObject({
      fieldErrors: { newPassword: 'passwordTooShort' },
    });
    expect(await changeOwnPassword(db, u.id, { currentPassword: OLD, newPassword: NEW, confirm: 'something else' }, actor)).toMatchObject({
      fieldErrors: { confirm: 'passwordsDiffer' },
    });
    expect(await changeOwnPassword(db, u.id, { currentPassword: OLD, newPassword: OLD, confirm: OLD }, actor)).toMatchObject({
      fieldErrors: { newPassword: 'samePassword' },
    });
    expect(await auditEntries('user.password_changed', u.id)).toHaveLength(0);

    expect(await changeOwnPassword(db, u.id, { currentPassword: OLD, newPassword: NEW, confirm: NEW }, actor)).toEqual({ ok: true });
    expect(await signInWithPassword(db, u.email, OLD, ip())).toMatchObject({ ok: false });
    expect(await signInWithPassword(db, u.email, NEW, ip())).toMatchObject({ ok: true });
    const entries = await auditEntries('user.password_changed', u.id);
    expect(entries).toHaveLength(1);
    expect(JSON.stringify(entries[0])).not.toContain(NEW);
  });

  it('refuses an unknown or disabled user', async () => {
    const u = await makeUser({ password: OLD, disabledAt: new Date() });
    expect(await changeOwnPassword(db, u.id, { currentPassword: OLD, newPassword: NEW, confirm: NEW }, {})).toEqual({ ok: false, error: 'notFound' });
    expect(await changeOwnPassword(db, 'nope', { currentPassword: OLD, newPassword: NEW, confirm: NEW }, {})).toEqual({ ok: false, error: 'notFound' });
  });
});

describe('an admin resetting a password', () => {
  it('gives a temporary password once, forces a change at next sign-in, and the change clears it; each audited once', async () => {
    const admin = await makeUser({ role: 'admin' });
    const u = await makeUser({ password: OLD });
    const r = await adminResetPassword(db, u.id, { userId: admin.id, email: admin.email });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.temporaryPassword).toMatch(/^[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}$/);
    const [row] = await db.select().from(users).where(eq(users.id, u.id));
    expect(row!.mustChangePassword).toBe(true);
    expect(row!.passwordHash).not.toContain(r.temporaryPassword);
    expect(await signInWithPassword(db, u.email, OLD, ip())).toMatchObject({ ok: false });
    expect(await signInWithPassword(db, u.email, r.temporaryPassword, ip())).toMatchObject({ ok: true, user: { mustChangePassword: true } });
    expect((await loadViewer(db, u.id))!.mustChangePassword).toBe(true);
    const resets = await auditEntries('user.password_reset', u.id);
    expect(resets).toHaveLength(1);
    expect(resets[0]).toMatchObject({ actorUserId: admin.id });
    expect(JSON.stringify(resets[0])).not.toContain(r.temporaryPassword);

    expect(await changeOwnPassword(db, u.id, { currentPassword: r.temporaryPassword, newPassword: NEW, confirm: NEW }, { userId: u.id })).toEqual({ ok: true });
    expect((await loadViewer(db, u.id))!.mustChangePassword).toBe(false);
    expect(await auditEntries('user.password_changed', u.id)).toHaveLength(1);
  });

  it('refuses an unknown user', async () => {
    expect(await adminResetPassword(db, '00000000-0000-4000-8000-000000000000', {})).toEqual({ ok: false, error: 'notFound' });
    expect(await adminResetPassword(db, 'garbage', {})).toEqual({ ok: false, error: 'notFound' });
  });

  it('makes different temporary passwords each time', () => {
    const seen = new Set(Array.from({ length: 50 }, () => temporaryPassword()));
    expect(seen.size).toBe(50);
  });
});
