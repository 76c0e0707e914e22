import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getPublicProgramBySlug, listOpenPrograms } from '../../db/queries/catalog';
import { db } from '../../db/client';
import { auditLog, deliveries, departments, leads, users, webhookPrograms } from '../../db/schema';
import { leadInput, makeDepartment, makeProgram } from '../../test/factories';
import { startReceiver, type Receiver, type Reply } from '../../test/receiver';
import { attemptDelivery } from '../delivery/attempt-delivery';
import { startEmbeddedWorker } from '../delivery/embedded-worker';
import { invalidateSsrfOptions } from '../delivery/ssrf-policy';
import { findLostDeliveries } from '../delivery/sweep';
import { resetEnvCache } from '../env';
import { createLead } from '../leads/create-lead';
import { submitLeadForm } from '../leads/submit-lead';
import { createWebhook } from '../webhooks/create-webhook';
import { DEPARTMENT_DECISIONS, TRANSITIONS, decideDepartment, type DepartmentDecision, type DepartmentStatus } from './decide-department';
import { getDepartmentForAdmin, listDepartmentsForAdmin, listOwnPendingDepartments } from './list-departments';

const STATUSES: DepartmentStatus[] = ['pending', 'approved', 'rejected', 'suspended'];
let admin: { userId: string; email: string; ip: string };
let receiver: Receiver;
let reply: (path: string) => Reply;

beforeAll(async () => {
  process.env.PUENTE_ALLOW_PRIVATE_WEBHOOKS = '1';
  process.env.PUENTE_ENGINE = 'off'; // most tests drive attemptDelivery themselves
  resetEnvCache();
  invalidateSsrfOptions();
  const [u] = await db.insert(users).values({ email: `platform-${Date.now()}@puente.test`, name: 'Platform admin', role: 'admin' }).returning();
  admin = { userId: u!.id, email: u!.email, ip: '192.0.2.10' };
  receiver = await startReceiver((r) => reply(r.path));
});
afterAll(async () => {
  await receiver.close();
});
beforeEach(() => {
  receiver.requests.length = 0;
  reply = () => ({ status: 200, body: 'ok' });
});

async function auditOf(departmentId: string) {
  return db.select().from(auditLog).where(eq(auditLog.departmentId, departmentId)).orderBy(auditLog.id);
}

/** A department with an open program and a webhook pointing at the test receiver (its creation ping removed). */
async function departmentWithWebhook(status: DepartmentStatus, path = '/hook') {
  const dep = await makeDepartment({ status: 'approved' });
  const program = await makeProgram(dep.id);
  const created = await createWebhook(db, dep.id, { url: `${receiver.url}${path}`, events: ['lead.created'] }, { email: 'setup' });
  if (!created.ok) throw new Error(JSON.stringify(created.fieldErrors));
  await db.delete(deliveries).where(eq(deliveries.id, created.pingDeliveryId));
  if (status !== 'approved') await db.update(departments).set({ status }).where(eq(departments.id, dep.id));
  return { dep, program, webhook: created.webhook };
}

function leadForm(programIds: string[]): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(leadInput(programIds))) {
    if (Array.isArray(v)) v.forEach((x) => f.append(k, x));
    else f.set(k, String(v));
  }
  f.set('consent', 'on');
  return f;
}

const leadRequests = () => receiver.requests.filter((r) => r.headers['x-github-event'] === 'lead.created');

describe('legal transitions', () => {
  for (const from of STATUSES) {
    for (const decision of DEPARTMENT_DECISIONS) {
      const t = TRANSITIONS[decision];
      const legal = t.from.includes(from);
      it(`${decision} ${from === 'approved' ? 'an' : 'a'} ${from} department: ${legal ? `becomes ${t.to}, audited once` : 'refused, nothing changes'}`, async () => {
        const dep = await makeDepartment({ status: from, decisionReason: 'earlier reason' });
        const reason = t.reasonRequired ? `Because of ${decision}.` : '';
        const now = new Date('2026-12-01T15:00:00Z');
        const r = await decideDepartment(db, dep.id, { decision, reason }, admin, now);
        const [after] = await db.select().from(departments).where(eq(departments.id, dep.id));
        const audit = await auditOf(dep.id);
        if (!legal) {
          expect(r).toEqual({ ok: false, error: 'conflict', status: from });
          expect(after).toMatchObject({ status: from, decisionReason: 'earlier reason', decidedAt: null });
          expect(audit).toHaveLength(0);
          return;
        }
        expect(r).toMatchObject({ ok: true, status: t.to });
        expect(after).toMatchObject({ status: t.to, decisionReason: reason || null, decidedAt: now, decidedBy: admin.userId });
        expect(audit).toHaveLength(1);
        expect(audit[0]).toMatchObject({
          action: t.action,
          actorUserId: admin.userId,
          actorEmail: admin.email,
          actorIp: admin.ip,
          targetType: 'department',
          targetId: dep.id,
        });
        expect(audit[0]!.details).toMatchObject({ from, to: t.to, ...(reason ? { reason } : {}) });
      });
    }
  }

  it('needs a reason to reject or suspend, and changes nothing without one', async () => {
    for (const [status, decision] of [
      ['pending', 'reject'],
      ['approved', 'suspend'],
    ] as [DepartmentStatus, DepartmentDecision][]) {
      const dep = await makeDepartment({ status });
      const r = await decideDepartment(db, dep.id, { decision, reason: '   ' }, admin);
      expect(r).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { reason: expect.stringMatching(/reason/i) } });
      expect((await db.select().from(departments).where(eq(departments.id, dep.id)))[0]!.status).toBe(status);
      expect(await auditOf(dep.id)).toHaveLength(0);
    }
  });

  it('answers junk input and unknown departments without throwing', async () => {
    const dep = await makeDepartment({ status: 'pending' });
    expect(await decideDepartment(db, dep.id, { decision: 'delete' }, admin)).toMatchObject({ ok: false, error: 'invalid' });
    expect(await decideDepartment(db, dep.id, null, admin)).toMatchObject({ ok: false, error: 'invalid' });
    expect(await decideDepartment(db, dep.id, { decision: 'reject', reason: 'x'.repeat(1001) }, admin)).toMatchObject({ ok: false, error: 'invalid' });
    expect(await decideDepartment(db, '00000000-0000-4000-8000-000000000000', { decision: 'approve' }, admin)).toEqual({ ok: false, error: 'notFound' });
    expect(await decideDepartment(db, "x' or 1=1 --", { decision: 'approve' }, admin)).toEqual({ ok: false, error: 'notFound' });
  });

  it('lets only one of two admins deciding at once win', async () => {
    const dep = await makeDepartment({ status: 'pending' });
    const [a, b] = await Promise.all([
      decideDepartment(db, dep.id, { decision: 'approve' }, admin),
      decideDepartment(db, dep.id, { decision: 'reject', reason: 'No.' }, admin),
    ]);
    expect([a, b].filter((r) => r.ok)).toHaveLength(1);
    expect([a, b].filter((r) => !r.ok && r.error === 'conflict')).toHaveLength(1);
    expect(await auditOf(dep.id)).toHaveLength(1);
  });
});

describe('a department that is not approved receives nothing', () => {
  for (const status of ['pending', 'rejected', 'suspended'] as const) {
    it(`${status}: a lead for its program is refused on the form, plans no delivery, and its receiver gets nothing`, async () => {
      const { dep, program } = await departmentWithWebhook(status, `/${status}`);
      const before = await db.select({ n: sql<number>`count(*)::int` }).from(leads);

      const outcome = await submitLeadForm(db, leadForm([program.id]), { clientIp: '192.0.2.50' });
      expect(outcome).toMatchObject({ kind: 'rejected', state: { fieldErrors: { programIds: 'programUnavailable' } } });
      expect(await createLead(db, leadInput([program.id]))).toMatchObject({ ok: false, reason: 'invalid' });
      expect(await db.select({ n: sql<number>`count(*)::int` }).from(leads)).toEqual(before);
      expect(await db.select().from(deliveries).where(eq(deliveries.departmentId, dep.id))).toHaveLength(0);

      // Its programs are not on the public site either.
      expect((await listOpenPrograms()).some((p) => p.id === program.id)).toBe(false);
      expect(await getPublicProgramBySlug(program.slug)).toBeNull();
      expect(receiver.requests).toHaveLength(0);
    });

    it(`${status}: even a webhook wired to an approved department’s program is not planned`, async () => {
      const { webhook } = await departmentWithWebhook(status, `/${status}-wired`);
      const { program: approvedProgram } = await departmentWithWebhook('approved', '/approved');
      // Not possible from the dashboard; proves planning itself checks the department's status.
      await db.insert(webhookPrograms).values({ webhookId: webhook.id, programId: approvedProgram.id });

      const lead = await createLead(db, leadInput([approvedProgram.id]));
      if (!lead.ok) throw new Error('lead refused');
      expect(lead.deliveries.map((d) => d.webhookId)).not.toContain(webhook.id);
      expect(lead.deliveries).toHaveLength(1);
      for (const d of lead.deliveries) expect((await attemptDelivery(d.id)).outcome).toBe('delivered');
      expect(receiver.requests.map((r) => r.path)).toEqual(['/approved']);
    });
  }
});

describe('suspension', () => {
  it('holds due deliveries at once (not sent, not lost), hides the programs, and on reinstatement delivers them in order', async () => {
    const { dep, program } = await departmentWithWebhook('approved', '/suspend');
    // One delivery already failed once and waits for its retry; one was never attempted.
    reply = () => ({ status: 500, body: 'down' });
    const first = await createLead(db, leadInput([program.id], { name: 'Primera Persona' }));
    if (!first.ok) throw new Error('lead refused');
    expect((await attemptDelivery(first.deliveries[0]!.id)).outcome).toBe('retry');
    const second = await createLead(db, leadInput([program.id], { name: 'Segunda Persona' }));
    if (!second.ok) throw new Error('lead refused');
    expect(leadRequests()).toHaveLength(1);
    receiver.requests.length = 0;
    reply = () => ({ status: 200, body: 'ok' });

    const suspended = await decideDepartment(db, dep.id, { decision: 'suspend', reason: 'Receiver leaks data.' }, admin);
    expect(suspended).toMatchObject({ ok: true, status: 'suspended', held: 2 });
    const held = await db.select().from(deliveries).where(eq(deliveries.departmentId, dep.id));
    expect(held.map((d) => d.status)).toEqual(['held', 'held']);

    // Nothing is sent while suspended, whenever the engine or the sweep looks.
    const later = new Date(Date.now() + 3 * 86_400_000);
    for (const d of held) expect((await attemptDelivery(d.id, { clock: () => later })).outcome).toBe('skipped');
    expect((await findLostDeliveries(db, later)).filter((t) => held.some((d) => d.id === t.id))).toHaveLength(0);
    expect(receiver.requests).toHaveLength(0);
    expect(await getPublicProgramBySlug(program.slug)).toBeNull();
    expect(await createLead(db, leadInput([program.id]))).toMatchObject({ ok: false, reason: 'invalid' });

    // Members see the reason; the admin list counts what is held.
    const [member] = await db.insert(users).values({ email: `member-${Date.now()}@example.com`, name: 'Member' }).returning();
    await db.execute(sql`insert into memberships (user_id, department_id, role) values (${member!.id}::uuid, ${dep.id}::uuid, 'admin')`);
    expect(await listOwnPendingDepartments(db, member!.id)).toEqual([
      expect.objectContaining({ departmentId: dep.id, status: 'suspended', decisionReason: 'Receiver leaks data.' }),
    ]);
    expect((await listDepartmentsForAdmin(db)).find((d) => d.id === dep.id)).toMatchObject({ status: 'suspended', heldDeliveries: 2 });

    const reinstated = await decideDepartment(db, dep.id, { decision: 'reinstate' }, admin);
    expect(reinstated).toMatchObject({ ok: true, status: 'approved', resumed: 2 });
    const resumed = await db.select().from(deliveries).where(eq(deliveries.departmentId, dep.id));
    expect(Object.fromEntries(resumed.map((d) => [d.id, d.status]))).toEqual({
      [first.deliveries[0]!.id]: 'retrying',
      [second.deliveries[0]!.id]: 'pending',
    });
    for (const d of [first.deliveries[0]!, second.deliveries[0]!]) expect((await attemptDelivery(d.id)).outcome).toBe('delivered');

    const got = leadRequests().map((r) => JSON.parse(r.body) as { data: { lead: { name: string } } });
    expect(got.map((p) => p.data.lead.name)).toEqual(['Primera Persona', 'Segunda Persona']);
    expect(await getPublicProgramBySlug(program.slug)).not.toBeNull();

    const actions = (await auditOf(dep.id)).map((a) => a.action).filter((a) => a.startsWith('department.'));
    expect(actions).toEqual(['department.suspended', 'department.reinstated']);
    const detail = await getDepartmentForAdmin(db, dep.id);
    expect(detail!.history.map((h) => [h.action, h.reason])).toEqual([
      ['department.suspended', 'Receiver leaks data.'],
      ['department.reinstated', null],
    ]);
    expect((await auditOf(dep.id)).find((a) => a.action === 'department.suspended')!.details).toMatchObject({ heldDeliveries: 2 });
  });

  it('with the embedded engine running: nothing goes out while suspended, and reinstating wakes the held lead by itself', async () => {
    delete process.env.PUENTE_ENGINE;
    resetEnvCache();
    const { dep, program } = await departmentWithWebhook('approved', '/engine');
    // The lead's job is queued in its transaction; the worker is not running yet.
    const lead = await createLead(db, leadInput([program.id], { name: 'Con Motor' }));
    if (!lead.ok) throw new Error('lead refused');
    expect(await decideDepartment(db, dep.id, { decision: 'suspend', reason: 'Audit in progress.' }, admin)).toMatchObject({ ok: true, held: 1 });

    const worker = await startEmbeddedWorker({ connectionString: process.env.DATABASE_URL!, concurrency: 2 });
    try {
      // The queued job runs and finds the delivery held: nothing is sent.
      await waitFor(async () => (await jobsLeft()) === 0, 5000);
      await new Promise((r) => setTimeout(r, 300));
      expect(receiver.requests).toHaveLength(0);
      expect((await db.select().from(deliveries).where(eq(deliveries.id, lead.deliveries[0]!.id)))[0]!.status).toBe('held');

      expect(await decideDepartment(db, dep.id, { decision: 'reinstate' }, admin)).toMatchObject({ ok: true, resumed: 1 });
      expect(await waitFor(async () => leadRequests().length === 1, 5000)).toBe(true);
      expect(JSON.parse(leadRequests()[0]!.body).data.lead.name).toBe('Con Motor');
      const [d] = await db.select().from(deliveries).where(and(eq(deliveries.id, lead.deliveries[0]!.id), eq(deliveries.status, 'delivered')));
      expect(d).toBeDefined();
    } finally {
      await worker.stop();
      process.env.PUENTE_ENGINE = 'off';
      resetEnvCache();
    }
  });
});

async function jobsLeft(): Promise<number> {
  const rows = await db.execute<{ n: number }>(sql`select count(*)::int as n from graphile_worker.jobs`);
  return Number(rows[0]?.n ?? 0);
}

async function waitFor(pred: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await pred()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}
