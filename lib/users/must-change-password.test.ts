/**
 * After an admin reset, the guards give nothing but the password change: no department, no
 * admin area — for pages, server actions and route handlers alike — until the password is changed.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '../../db/client';
import { makeDepartment } from '../../test/factories';
import { makeMember, makeUser } from '../../test/users';
import { loadViewer } from '../auth/viewer';
import { resetEnvCache } from '../env';
import { adminResetPassword, changeOwnPassword } from './passwords';

const signedIn: { userId: string | null } = { userId: null };
vi.mock('../auth/session', () => ({ getViewer: async () => (signedIn.userId ? loadViewer(db, signedIn.userId) : null) }));

const { guardDepartment, guardPlatformAdmin } = await import('../auth/guard');

beforeAll(() => {
  process.env.PUENTE_ENGINE = 'off';
  resetEnvCache();
});

describe('a password reset by an admin', () => {
  it('closes the department until the person changes it', async () => {
    const dep = await makeDepartment();
    const member = await makeMember(dep.id, 'admin');
    signedIn.userId = member.id;
    expect(await guardDepartment(dep.slug, 'admin')).not.toBeNull();

    const reset = await adminResetPassword(db, member.id, { email: 'admin@example.com' });
    if (!reset.ok) throw new Error('reset failed');
    expect(await guardDepartment(dep.slug, 'staff')).toBeNull();

    const changed = await changeOwnPassword(db, member.id, { currentPassword: reset.temporaryPassword, newPassword: 'a fresh passphrase', confirm: 'a fresh passphrase' }, {});
    expect(changed).toEqual({ ok: true });
    expect(await guardDepartment(dep.slug, 'admin')).not.toBeNull();
  });

  it('closes the admin area to a platform admin too', async () => {
    const admin = await makeUser({ role: 'admin' });
    signedIn.userId = admin.id;
    expect(await guardPlatformAdmin()).not.toBeNull();
    await adminResetPassword(db, admin.id, { email: 'other-admin@example.com' });
    expect(await guardPlatformAdmin()).toBeNull();
  });
});
