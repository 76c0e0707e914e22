/**
 * The account page's alert preferences through the real server action (session and request
 * headers stubbed as the invitation tests do), and what they change about who is e-mailed.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '../../db/client';
import { users } from '../../db/schema';
import { makeDepartment } from '../../test/factories';
import { auditEntries, makeMember, makeUser } from '../../test/users';
import { saveAlertPreferencesAction } from '../../app/actions/account/alert-preferences';
import { loadViewer, type Viewer } from '../auth/viewer';
import { markServedByPuenteServer } from '../client-ip';
import { getAlertPreferences } from './preferences';
import { departmentAlertRecipients, platformAlertRecipients } from './recipients';

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock('../auth/session', () => ({ getViewer: async () => session.viewer }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-puente-client-ip': '203.0.113.7' }) }));

beforeAll(() => {
  markServedByPuenteServer();
});

function form(fields: Record<string, string>) {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

describe('alert preferences', () => {
  it('default: admins get alerts, staff do not; each may change it and the language, audited', async () => {
    const dep = await makeDepartment();
    const admin = await makeMember(dep.id, 'admin');
    const staff = await makeMember(dep.id, 'staff');
    expect((await departmentAlertRecipients(db, dep.id)).map((r) => r.userId)).toEqual([admin.id]);

    const adminViewer = (await loadViewer(db, admin.id))!;
    const staffViewer = (await loadViewer(db, staff.id))!;
    expect(await getAlertPreferences(db, adminViewer)).toEqual({ receives: true, explicit: false, defaultOn: true, locale: 'es' });
    expect(await getAlertPreferences(db, staffViewer)).toEqual({ receives: false, explicit: false, defaultOn: false, locale: 'es' });

    // The staff member opts in, in English; the admin opts out (an unticked checkbox sends nothing).
    session.viewer = staffViewer;
    expect(await saveAlertPreferencesAction({ status: 'idle' }, form({ alertEmails: 'on', locale: 'en' }))).toMatchObject({
      status: 'ok',
      message: 'Saved. You will get failure alerts by e-mail.',
    });
    session.viewer = adminViewer;
    // The answer comes in the language just chosen.
    expect(await saveAlertPreferencesAction({ status: 'idle' }, form({ locale: 'es' }))).toMatchObject({
      status: 'ok',
      message: 'Guardado. No recibirá alertas de fallas por correo electrónico.',
    });

    expect(await departmentAlertRecipients(db, dep.id)).toEqual([{ userId: staff.id, email: staff.email, locale: 'en' }]);
    expect(await getAlertPreferences(db, staffViewer)).toMatchObject({ receives: true, explicit: true, locale: 'en' });
    const [entry] = await auditEntries('user.alert_preferences_changed', staff.id);
    expect(entry).toMatchObject({ actorUserId: staff.id, actorIp: '203.0.113.7', details: { alertEmails: true, locale: 'en' } });
  });

  it('refuses an unknown language and anyone signed out', async () => {
    const u = await makeUser();
    session.viewer = (await loadViewer(db, u.id))!;
    expect(await saveAlertPreferencesAction({ status: 'idle' }, form({ alertEmails: 'on', locale: 'fr' }))).toMatchObject({ status: 'error', error: 'invalid' });
    session.viewer = null;
    expect(await saveAlertPreferencesAction({ status: 'idle' }, form({ alertEmails: 'on', locale: 'en' }))).toMatchObject({ status: 'error', error: 'forbidden' });
    const [row] = await db.select({ alertEmails: users.alertEmails, locale: users.locale }).from(users).where(eq(users.id, u.id));
    expect(row).toEqual({ alertEmails: null, locale: 'es' });
  });

  it('platform admins get the platform digest unless they opt out; disabled accounts never', async () => {
    const on = await makeUser({ role: 'admin' });
    const out = await makeUser({ role: 'admin', alertEmails: false });
    const gone = await makeUser({ role: 'admin', disabledAt: new Date() });
    const ids = (await platformAlertRecipients(db)).map((r) => r.userId);
    expect(ids).toContain(on.id);
    expect(ids).not.toContain(out.id);
    expect(ids).not.toContain(gone.id);
  });
});
