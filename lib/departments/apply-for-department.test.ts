import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../db/client';
import { auditLog, departments, memberships, users } from '../../db/schema';
import { PASSWORD_MIN_LENGTH } from '../auth/passwords';
import { signInWithPassword } from '../auth/sign-in';
import { departmentAccess, loadViewer } from '../auth/viewer';
import { APPLICATION_LIMITS, APPLICATION_RATE_LIMIT, applyForDepartment, submitApplicationForm } from './apply-for-department';

beforeAll(() => {
  process.env.PUENTE_ENGINE = 'off';
});

let n = 0;
/** A unique client IP per call, so tests do not share a rate-limit window unless they mean to. */
const ip = () => `198.51.100.${++n}`;
const PASSWORD = 'correct horse battery staple';

function application(over: Record<string, string> = {}) {
  const id = `${Date.now().toString(36)}${++n}`;
  return {
    departmentName: 'Departamento de Agricultura',
    acronym: 'DA',
    contactName: 'Marta Ríos',
    contactEmail: `contacto-${id}@agricultura.pr.gov`,
    requesterName: 'José Colón',
    requesterEmail: `jose-${id}@agricultura.pr.gov`,
    password: PASSWORD,
    passwordConfirm: PASSWORD,
    reason: 'Queremos recibir solicitudes de agricultores para nuestros programas de semillas.',
    ...over,
  };
}

function formOf(values: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.set(k, v);
  return f;
}

async function auditFor(departmentId: string) {
  return db.select().from(auditLog).where(eq(auditLog.departmentId, departmentId));
}

describe('applyForDepartment', () => {
  it('creates a pending department, the requester’s account as its admin, and one audit entry — and the account can sign in but not open the department', async () => {
    const input = application({ requesterEmail: `Mixed.Case-${n}@Agricultura.PR.gov` });
    const r = await applyForDepartment(db, input, { clientIp: '203.0.113.7' });
    if (!r.ok) throw new Error(JSON.stringify(r));

    const [dep] = await db.select().from(departments).where(eq(departments.id, r.departmentId));
    expect(dep).toMatchObject({
      status: 'pending',
      name: 'Departamento de Agricultura',
      acronym: 'DA',
      contactName: 'Marta Ríos',
      contactEmail: input.contactEmail,
      applicationReason: input.reason,
      decisionReason: null,
      decidedAt: null,
    });
    expect(dep!.slug).toBe(r.slug);
    expect(r.slug).toMatch(/^da(-\d+)?$/);

    const [user] = await db.select().from(users).where(eq(users.id, r.userId));
    expect(user).toMatchObject({ email: input.requesterEmail.toLowerCase(), name: 'José Colón', role: 'user', disabledAt: null });
    expect(user!.passwordHash).toMatch(/^\$2[aby]\$12\$/);
    expect(user!.passwordHash).not.toContain(PASSWORD);
    const ms = await db.select().from(memberships).where(eq(memberships.departmentId, r.departmentId));
    expect(ms).toEqual([expect.objectContaining({ userId: r.userId, role: 'admin' })]);

    const audit = await auditFor(r.departmentId);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'department.applied',
      actorUserId: r.userId,
      actorEmail: input.requesterEmail.toLowerCase(),
      actorIp: '203.0.113.7',
      targetType: 'department',
      targetId: r.departmentId,
    });
    expect(JSON.stringify(audit[0]!.details)).not.toContain(PASSWORD);

    // The requester signs in with what they typed, and sees only the waiting page.
    const signedIn = await signInWithPassword(db, input.requesterEmail, PASSWORD, ip());
    expect(signedIn).toMatchObject({ ok: true, user: { id: r.userId } });
    const viewer = await loadViewer(db, r.userId);
    expect(viewer!.memberships).toEqual([expect.objectContaining({ departmentId: r.departmentId, status: 'pending', role: 'admin' })]);
    expect(await departmentAccess(db, viewer!, r.slug, 'staff')).toBeNull();
  });

  it('gives every department its own slug, from the acronym or else the name', async () => {
    const a = await applyForDepartment(db, application({ acronym: 'OGPe' }), { clientIp: ip() });
    const b = await applyForDepartment(db, application({ acronym: 'ogpe' }), { clientIp: ip() });
    const c = await applyForDepartment(db, application({ acronym: '', departmentName: 'Compañía de Comercio y Exportación' }), { clientIp: ip() });
    if (!a.ok || !b.ok || !c.ok) throw new Error('applications refused');
    expect(a.slug).toBe('ogpe');
    expect(b.slug).toBe('ogpe-2');
    expect(c.slug).toBe('compania-de-comercio-y-exportacion');
    // Two applications at the same moment for the same acronym still end with two slugs.
    const [x, y] = await Promise.all([
      applyForDepartment(db, application({ acronym: 'Same' }), { clientIp: ip() }),
      applyForDepartment(db, application({ acronym: 'Same' }), { clientIp: ip() }),
    ]);
    if (!x.ok || !y.ok) throw new Error('concurrent applications refused');
    expect(new Set([x.slug, y.slug])).toEqual(new Set(['same', 'same-2']));
    // A slug that would hide behind a static dashboard route (/dashboard/account) is skipped.
    const acc = await applyForDepartment(db, application({ acronym: 'Account' }), { clientIp: ip() });
    if (!acc.ok) throw new Error('application refused');
    expect(acc.slug).toBe('account-2');
  });

  it('refuses an email that already has an account, whatever its case, and stores nothing', async () => {
    const first = application();
    expect((await applyForDepartment(db, first, { clientIp: ip() })).ok).toBe(true);
    const before = await db.execute<{ d: number; u: number; a: number }>(
      sql`select (select count(*)::int from departments) d, (select count(*)::int from users) u, (select count(*)::int from audit_log) a`,
    );
    const again = await applyForDepartment(db, application({ requesterEmail: first.requesterEmail.toUpperCase(), acronym: 'OTRO' }), { clientIp: ip() });
    expect(again).toEqual({ ok: false, reason: 'invalid', fieldErrors: { requesterEmail: 'emailUnavailable' } });
    const after = await db.execute<{ d: number; u: number; a: number }>(
      sql`select (select count(*)::int from departments) d, (select count(*)::int from users) u, (select count(*)::int from audit_log) a`,
    );
    expect(after[0]).toEqual(before[0]);

    // Two applications racing for one new email: exactly one account is created.
    const email = `race-${Date.now()}@example.com`;
    const results = await Promise.all([
      applyForDepartment(db, application({ requesterEmail: email }), { clientIp: ip() }),
      applyForDepartment(db, application({ requesterEmail: email }), { clientIp: ip() }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, reason: 'invalid', fieldErrors: { requesterEmail: 'emailUnavailable' } });
    expect(await db.select().from(users).where(eq(users.email, email))).toHaveLength(1);
  });

  it('answers each invalid field with its message key and stores nothing', async () => {
    const r = await applyForDepartment(
      db,
      {
        departmentName: '  ',
        acronym: '<b>',
        contactName: 'M',
        contactEmail: 'not-an-email',
        requesterName: 'José',
        requesterEmail: 'jose@example',
        password: 'short',
        passwordConfirm: 'other',
        reason: 'x'.repeat(APPLICATION_LIMITS.reason.max + 1),
      },
      { clientIp: ip() },
    );
    expect(r).toEqual({
      ok: false,
      reason: 'invalid',
      fieldErrors: {
        departmentName: 'required',
        acronym: 'invalidAcronym',
        contactName: 'tooShort',
        contactEmail: 'invalidEmail',
        requesterEmail: 'invalidEmail',
        password: 'passwordTooShort',
        passwordConfirm: 'passwordMismatch',
        reason: 'tooLong',
      },
    });
    const mismatch = await applyForDepartment(db, application({ passwordConfirm: `${PASSWORD}!` }), { clientIp: ip() });
    expect(mismatch).toEqual({ ok: false, reason: 'invalid', fieldErrors: { passwordConfirm: 'passwordMismatch' } });
    expect(await applyForDepartment(db, 'junk', { clientIp: ip() })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await applyForDepartment(db, null, { clientIp: ip() })).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('asks for the same password length as sign-in accounts use', () => {
    expect(APPLICATION_LIMITS.password.min).toBe(PASSWORD_MIN_LENGTH);
  });

  it('limits applications per client IP — refused attempts count too — while other IPs go on', async () => {
    const taken = application();
    const busy = ip();
    expect((await applyForDepartment(db, taken, { clientIp: busy })).ok).toBe(true);
    // Probing for registered emails burns the same allowance.
    for (let i = 1; i < APPLICATION_RATE_LIMIT.perIp; i++) {
      expect(await applyForDepartment(db, application({ requesterEmail: taken.requesterEmail }), { clientIp: busy })).toMatchObject({ ok: false, reason: 'invalid' });
    }
    const limited = await applyForDepartment(db, application(), { clientIp: busy });
    expect(limited).toMatchObject({ ok: false, reason: 'rateLimited' });
    expect((await applyForDepartment(db, application(), { clientIp: ip() })).ok).toBe(true);
  });
});

describe('submitApplicationForm (the register page’s server side)', () => {
  it('creates the application and answers ok with the department and the sign-in email', async () => {
    const input = application();
    const state = await submitApplicationForm(db, formOf(input), { clientIp: ip() });
    expect(state).toEqual({ status: 'ok', departmentName: input.departmentName, email: input.requesterEmail });
    expect(await db.select().from(users).where(eq(users.email, input.requesterEmail))).toHaveLength(1);
  });

  it('sends back what was typed, never the passwords, with the field errors', async () => {
    const input = application({ requesterEmail: 'broken', passwordConfirm: 'different password' });
    const state = await submitApplicationForm(db, formOf(input), { clientIp: ip() });
    expect(state).toMatchObject({ status: 'invalid', fieldErrors: { requesterEmail: 'invalidEmail', passwordConfirm: 'passwordMismatch' } });
    if (state.status !== 'invalid') throw new Error('expected invalid');
    expect(state.values).toEqual({
      departmentName: input.departmentName,
      acronym: input.acronym,
      contactName: input.contactName,
      contactEmail: input.contactEmail,
      requesterName: input.requesterName,
      requesterEmail: 'broken',
      reason: input.reason,
    });
    expect(JSON.stringify(state)).not.toContain(PASSWORD);
  });

  it('pretends to accept a bot that filled the honeypot, and stores nothing', async () => {
    const input = application();
    const state = await submitApplicationForm(db, formOf({ ...input, website: 'http://spam.example' }), { clientIp: ip() });
    expect(state).toMatchObject({ status: 'ok' });
    expect(await db.select().from(users).where(eq(users.email, input.requesterEmail))).toHaveLength(0);
    expect(await db.select().from(departments).where(and(eq(departments.contactEmail, input.contactEmail)))).toHaveLength(0);
  });

  it('refuses an oversized body before parsing it', async () => {
    const state = await submitApplicationForm(db, formOf(application({ reason: 'x'.repeat(20_000) })), { clientIp: ip() });
    expect(state).toEqual({ status: 'invalid', fieldErrors: {}, formError: 'tooLarge', values: {} });
  });
});
