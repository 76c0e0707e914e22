import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../db/client';
import { auditLog, invitations, memberships, users } from '../../db/schema';
import { makeDepartment } from '../../test/factories';
import { auditEntries, makeMember, makeUser } from '../../test/users';
import { signInWithPassword } from '../auth/sign-in';
import { departmentAccess, loadViewer } from '../auth/viewer';
import { resetEnvCache } from '../env';
import { acceptInvitation, createInvitation, getInvitationByToken, hashInvitationToken, listPendingInvitations, revokeInvitation } from './invitations';
import { removeMember } from './members';

const PASSWORD = 'a long enough passphrase';
const DAY = 24 * 3600_000;

beforeAll(() => {
  process.env.PUENTE_ENGINE = 'off';
  resetEnvCache();
});

let n = 0;
const newEmail = () => `invitee-${Date.now()}-${++n}@example.com`;

async function setup() {
  const a = await makeDepartment();
  const b = await makeDepartment();
  const adminA = await makeMember(a.id, 'admin');
  const actor = { userId: adminA.id, email: adminA.email, ip: '203.0.113.9' };
  return { a, b, adminA, actor };
}

async function invite(departmentId: string, actor: { userId: string; email: string }, over: { email?: string; role?: string; now?: Date; ttlMs?: number } = {}) {
  const r = await createInvitation(db, departmentId, { email: over.email ?? newEmail(), role: over.role ?? 'staff' }, actor, { now: over.now, ttlMs: over.ttlMs });
  if (!r.ok) throw new Error(`invite failed: ${JSON.stringify(r.fieldErrors)}`);
  return r;
}

const newAccount = (name = 'Nueva Persona') => ({ kind: 'newAccount' as const, name, password: PASSWORD, confirm: PASSWORD });

async function membershipsOf(userId: string) {
  return db.select().from(memberships).where(eq(memberships.userId, userId));
}

describe('creating an invitation', () => {
  it('returns a one-time link whose token is stored only as its sha256, expiring in 7 days by default, audited once', async () => {
    const { a, actor } = await setup();
    const now = new Date('2026-03-01T12:00:00Z');
    const r = await invite(a.id, actor, { email: '  Ana.Rivera@Example.COM ', now });
    expect(r.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(r.path).toBe(`/invite/${r.token}`);
    expect(r.email).toBe('ana.rivera@example.com');
    expect(r.expiresAt.toISOString()).toBe('2026-03-08T12:00:00.000Z');
    const [row] = await db.select().from(invitations).where(eq(invitations.id, r.invitationId));
    expect(row!.tokenHash).toBe(hashInvitationToken(r.token));
    expect(JSON.stringify(row)).not.toContain(r.token);
    const audit = await auditEntries('invitation.created', r.invitationId);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorUserId: actor.userId, departmentId: a.id, details: { email: 'ana.rivera@example.com', role: 'staff' } });
    expect(JSON.stringify(audit[0])).not.toContain(r.token);
  });

  it('takes its default lifetime from INVITATION_EXPIRY_DAYS', async () => {
    const { a, actor } = await setup();
    process.env.INVITATION_EXPIRY_DAYS = '2';
    resetEnvCache();
    try {
      const now = new Date('2026-03-01T00:00:00Z');
      const r = await invite(a.id, actor, { now });
      expect(r.expiresAt.getTime() - now.getTime()).toBe(2 * DAY);
    } finally {
      delete process.env.INVITATION_EXPIRY_DAYS;
      resetEnvCache();
    }
  });

  it('refuses a bad email or role, a current member, and a second pending invitation for the same email', async () => {
    const { a, b, adminA, actor } = await setup();
    expect(await createInvitation(db, a.id, { email: 'not-an-email', role: 'staff' }, actor)).toMatchObject({ ok: false, fieldErrors: { email: 'emailInvalid' } });
    expect(await createInvitation(db, a.id, { email: newEmail(), role: 'owner' }, actor)).toMatchObject({ ok: false, fieldErrors: { role: 'roleRequired' } });
    expect(await createInvitation(db, a.id, { email: adminA.email.toUpperCase(), role: 'staff' }, actor)).toMatchObject({
      ok: false,
      fieldErrors: { email: 'alreadyMember' },
    });
    const email = newEmail();
    await invite(a.id, actor, { email });
    expect(await createInvitation(db, a.id, { email, role: 'admin' }, actor)).toMatchObject({ ok: false, fieldErrors: { email: 'alreadyInvited' } });
    // The same email may be invited to another department.
    expect((await createInvitation(db, b.id, { email, role: 'staff' }, actor)).ok).toBe(true);
  });
});

describe('accepting: single use', () => {
  it('creates the account and the membership with the invited role, audited once; a second accept fails', async () => {
    const { a, actor } = await setup();
    const inv = await invite(a.id, actor, { role: 'staff' });
    const r = await acceptInvitation(db, inv.token, newAccount(), { ip: '198.51.100.4' });
    expect(r).toMatchObject({ ok: true, role: 'staff', department: { id: a.id, slug: a.slug } });
    if (!r.ok) return;
    expect(await membershipsOf(r.userId)).toEqual([expect.objectContaining({ departmentId: a.id, role: 'staff' })]);
    const [u] = await db.select().from(users).where(eq(users.id, r.userId));
    expect(u).toMatchObject({ email: inv.email, name: 'Nueva Persona', mustChangePassword: false, role: 'user' });
    expect(await signInWithPassword(db, inv.email, PASSWORD, '198.51.100.4')).toMatchObject({ ok: true });
    const audit = await auditEntries('invitation.accepted', inv.invitationId);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorUserId: r.userId, departmentId: a.id, actorIp: '198.51.100.4' });

    const again = await acceptInvitation(db, inv.token, newAccount('Otra'));
    expect(again).toEqual({ ok: false, error: 'unavailable', state: 'accepted' });
    const asUser = await acceptInvitation(db, inv.token, { kind: 'existingUser', userId: r.userId });
    expect(asUser).toEqual({ ok: false, error: 'unavailable', state: 'accepted' });
    expect(await auditEntries('invitation.accepted', inv.invitationId)).toHaveLength(1);
    expect(await getInvitationByToken(db, inv.token)).toMatchObject({ state: 'accepted' });
  });

  it('lets exactly one of several concurrent accepts win', async () => {
    const { a, actor } = await setup();
    const inv = await invite(a.id, actor);
    const results = await Promise.all([acceptInvitation(db, inv.token, newAccount('Uno')), acceptInvitation(db, inv.token, newAccount('Dos')), acceptInvitation(db, inv.token, newAccount('Tres'))]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((x) => !x.ok)) expect(['unavailable', 'accountExists']).toContain((r as { error: string }).error);
    expect(await db.select().from(users).where(eq(users.email, inv.email))).toHaveLength(1);
    expect(await db.select().from(memberships).where(eq(memberships.departmentId, a.id))).toHaveLength(2); // the admin + one
    expect(await auditEntries('invitation.accepted', inv.invitationId)).toHaveLength(1);
  });

  it('lets exactly one of two concurrent accepts by the same signed-in user win', async () => {
    const { a, actor } = await setup();
    const existing = await makeUser();
    const inv = await invite(a.id, actor, { email: existing.email });
    const results = await Promise.all([
      acceptInvitation(db, inv.token, { kind: 'existingUser', userId: existing.id }),
      acceptInvitation(db, inv.token, { kind: 'existingUser', userId: existing.id }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, error: 'unavailable', state: 'accepted' });
    expect(await membershipsOf(existing.id)).toHaveLength(1);
    expect(await auditEntries('invitation.accepted', inv.invitationId)).toHaveLength(1);
  });
});

describe('accepting: expiry', () => {
  it('works until the expiry instant and fails from then on, with the reason', async () => {
    const { a, actor } = await setup();
    const t0 = new Date('2026-04-01T08:00:00Z');
    const first = await invite(a.id, actor, { now: t0 });
    const second = await invite(a.id, actor, { now: t0 });
    const expiry = first.expiresAt.getTime();
    expect(await acceptInvitation(db, first.token, newAccount(), { now: new Date(expiry) })).toEqual({ ok: false, error: 'unavailable', state: 'expired' });
    expect(await acceptInvitation(db, first.token, newAccount(), { now: new Date(expiry + 30 * DAY) })).toEqual({ ok: false, error: 'unavailable', state: 'expired' });
    expect(await getInvitationByToken(db, first.token, new Date(expiry))).toMatchObject({ state: 'expired' });
    expect(await auditEntries('invitation.accepted', first.invitationId)).toHaveLength(0);
    expect(await db.select().from(users).where(eq(users.email, first.email))).toHaveLength(0);

    expect(await acceptInvitation(db, second.token, newAccount(), { now: new Date(expiry - 1000) })).toMatchObject({ ok: true });
  });

  it('drops expired invitations from the pending list', async () => {
    const { a, actor } = await setup();
    const t0 = new Date('2026-04-01T08:00:00Z');
    const inv = await invite(a.id, actor, { now: t0, ttlMs: DAY });
    expect((await listPendingInvitations(db, a.id, new Date(t0.getTime() + DAY - 1))).map((i) => i.id)).toContain(inv.invitationId);
    expect((await listPendingInvitations(db, a.id, new Date(t0.getTime() + DAY))).map((i) => i.id)).not.toContain(inv.invitationId);
  });
});

describe('accepting: wrong department', () => {
  it('grants access to the invited department only, never to another', async () => {
    const { a, b, actor } = await setup();
    const inv = await invite(a.id, actor, { role: 'admin' });
    const r = await acceptInvitation(db, inv.token, newAccount());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const viewer = (await loadViewer(db, r.userId))!;
    expect(await departmentAccess(db, viewer, a.slug, 'admin')).not.toBeNull();
    expect(await departmentAccess(db, viewer, b.slug, 'staff')).toBeNull();
    expect((await membershipsOf(r.userId)).map((m) => m.departmentId)).toEqual([a.id]);
  });

  it('cannot be steered to another department: the acceptor has no say, and an altered token is unknown', async () => {
    const { a, b, actor } = await setup();
    const inv = await invite(a.id, actor);
    // Extra fields a tampered request might carry are not part of the acceptor and are ignored.
    const tampered = { ...newAccount(), departmentId: b.id, dept: b.slug, role: 'admin' } as unknown as Parameters<typeof acceptInvitation>[2];
    const last = inv.token.at(-1) === 'A' ? 'B' : 'A';
    expect(await acceptInvitation(db, inv.token.slice(0, -1) + last, tampered)).toEqual({ ok: false, error: 'unavailable', state: 'unknown' });
    expect(await acceptInvitation(db, `${inv.token}x`, tampered)).toEqual({ ok: false, error: 'unavailable', state: 'unknown' });
    expect(await acceptInvitation(db, '', tampered)).toEqual({ ok: false, error: 'unavailable', state: 'unknown' });
    const r = await acceptInvitation(db, inv.token, tampered);
    expect(r).toMatchObject({ ok: true, role: 'staff', department: { id: a.id } });
    if (!r.ok) return;
    expect(await membershipsOf(r.userId)).toEqual([expect.objectContaining({ departmentId: a.id, role: 'staff' })]);
  });

  it('must be accepted by the invited email: another signed-in account is refused and the link stays usable', async () => {
    const { a, actor } = await setup();
    const someoneElse = await makeUser();
    const invited = await makeUser();
    const inv = await invite(a.id, actor, { email: invited.email });
    expect(await acceptInvitation(db, inv.token, { kind: 'existingUser', userId: someoneElse.id })).toEqual({ ok: false, error: 'wrongAccount', invitedEmail: invited.email });
    expect(await membershipsOf(someoneElse.id)).toHaveLength(0);
    // Creating a new account for an email that already has one is refused too: sign in instead.
    expect(await acceptInvitation(db, inv.token, newAccount())).toEqual({ ok: false, error: 'accountExists' });
    expect(await acceptInvitation(db, inv.token, { kind: 'existingUser', userId: invited.id })).toMatchObject({ ok: true });
    expect(await membershipsOf(invited.id)).toEqual([expect.objectContaining({ departmentId: a.id })]);
  });

  it('refuses a disabled account and a user who is already a member, leaving the invitation pending', async () => {
    const { a, b, actor } = await setup();
    const disabled = await makeUser({ disabledAt: new Date() });
    const inv = await invite(a.id, actor, { email: disabled.email });
    expect(await acceptInvitation(db, inv.token, { kind: 'existingUser', userId: disabled.id })).toMatchObject({ ok: false, error: 'wrongAccount' });

    const member = await makeUser();
    const invB = await invite(b.id, actor, { email: member.email });
    await db.insert(memberships).values({ userId: member.id, departmentId: b.id, role: 'admin' }); // joined meanwhile another way
    expect(await acceptInvitation(db, invB.token, { kind: 'existingUser', userId: member.id })).toMatchObject({ ok: false, error: 'alreadyMember' });
    expect(await getInvitationByToken(db, invB.token)).toMatchObject({ state: 'pending' });
    expect(await membershipsOf(member.id)).toEqual([expect.objectContaining({ role: 'admin' })]); // not demoted by the staff invitation
  });

  it('checks the new account fields and creates nothing when they are wrong', async () => {
    const { a, actor } = await setup();
    const inv = await invite(a.id, actor);
    const r = await acceptInvitation(db, inv.token, { kind: 'newAccount', name: ' ', password: 'short', confirm: 'other' });
    expect(r).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { name: 'nameRequired', password: 'passwordTooShort' } });
    const mismatch = await acceptInvitation(db, inv.token, { kind: 'newAccount', name: 'Ana', password: PASSWORD, confirm: `${PASSWORD}!` });
    expect(mismatch).toMatchObject({ ok: false, fieldErrors: { confirm: 'passwordsDiffer' } });
    expect(await getInvitationByToken(db, inv.token)).toMatchObject({ state: 'pending' });
    expect(await db.select().from(users).where(eq(users.email, inv.email))).toHaveLength(0);
  });
});

describe('reuse after removal and revocation', () => {
  it('does not re-grant access to a removed member through their old link', async () => {
    const { a, actor } = await setup();
    const inv = await invite(a.id, actor);
    const r = await acceptInvitation(db, inv.token, newAccount());
    if (!r.ok) throw new Error('accept failed');
    expect(await removeMember(db, a.id, r.userId, actor)).toEqual({ ok: true, changed: true });
    expect(await departmentAccess(db, (await loadViewer(db, r.userId))!, a.slug)).toBeNull();

    expect(await acceptInvitation(db, inv.token, { kind: 'existingUser', userId: r.userId })).toEqual({ ok: false, error: 'unavailable', state: 'accepted' });
    expect(await acceptInvitation(db, inv.token, newAccount())).toEqual({ ok: false, error: 'unavailable', state: 'accepted' });
    expect(await membershipsOf(r.userId)).toHaveLength(0);
    expect(await departmentAccess(db, (await loadViewer(db, r.userId))!, a.slug)).toBeNull();

    // Coming back takes a new invitation, which then works with the existing account.
    const back = await invite(a.id, actor, { email: inv.email });
    expect(await acceptInvitation(db, back.token, { kind: 'existingUser', userId: r.userId })).toMatchObject({ ok: true });
  });

  it('makes a revoked link fail, audited once, and only the department that made it can revoke it', async () => {
    const { a, b, actor } = await setup();
    const inv = await invite(a.id, actor);
    expect(await revokeInvitation(db, b.id, inv.invitationId, actor)).toEqual({ ok: false, error: 'notFound' });
    expect(await getInvitationByToken(db, inv.token)).toMatchObject({ state: 'pending' });
    expect(await revokeInvitation(db, a.id, inv.invitationId, actor)).toEqual({ ok: true });
    expect(await revokeInvitation(db, a.id, inv.invitationId, actor)).toEqual({ ok: false, error: 'notFound' });
    expect(await revokeInvitation(db, a.id, 'not-a-uuid', actor)).toEqual({ ok: false, error: 'notFound' });
    expect(await auditEntries('invitation.revoked', inv.invitationId)).toHaveLength(1);
    expect(await acceptInvitation(db, inv.token, newAccount())).toEqual({ ok: false, error: 'unavailable', state: 'revoked' });
    expect(await db.select().from(users).where(eq(users.email, inv.email))).toHaveLength(0);
    expect((await listPendingInvitations(db, a.id)).map((i) => i.id)).not.toContain(inv.invitationId);
  });

  it('cannot revoke an invitation that was already accepted', async () => {
    const { a, actor } = await setup();
    const inv = await invite(a.id, actor);
    await acceptInvitation(db, inv.token, newAccount());
    expect(await revokeInvitation(db, a.id, inv.invitationId, actor)).toEqual({ ok: false, error: 'notFound' });
    const entries = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, inv.invitationId)));
    expect(entries.map((e) => e.action).sort()).toEqual(['invitation.accepted', 'invitation.created']);
  });
});
