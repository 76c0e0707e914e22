/**
 * Failure alerts end to end on the real database: a real receiver on loopback that fails,
 * answers 410, then recovers; the real delivery function records what happened; the alert scan
 * reads it and e-mails through a real SMTP server on loopback. Each state change makes exactly
 * one e-mail per recipient, in their language; a test clock drives the daily digests.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db, rawSql } from '../../db/client';
import { auditLog, deliveries, webhookAlertState } from '../../db/schema';
import { leadInput, makeDepartment, makeProgram } from '../../test/factories';
import { startReceiver, type Receiver, type Reply } from '../../test/receiver';
import { makeUser, makeMember } from '../../test/users';
import { attemptDelivery } from '../delivery/attempt-delivery';
import { invalidateSsrfOptions } from '../delivery/ssrf-policy';
import { resetEnvCache } from '../env';
import { createLead } from '../leads/create-lead';
import { resetMailer } from '../mail/mailer';
import { startTestSmtpServer, type TestSmtpServer } from '../mail/test-smtp-server';
import { createWebhook } from '../webhooks/create-webhook';
import { setWebhookEnabled } from '../webhooks/update-webhook';
import { listDepartmentAlerts } from './current-alerts';
import { runAlertScan } from './scan';
import { digestSlot } from './settings';

const BASE = 'https://puente.example.gov.pr';
const actor = { email: 'tester@example.com' };
let receiver: Receiver;
let reply: () => Reply;
let smtp: TestSmtpServer;

function useSmtp(on: boolean) {
  if (on) process.env.SMTP_URL = smtp.url;
  else delete process.env.SMTP_URL;
  resetEnvCache();
  resetMailer();
}

beforeAll(async () => {
  process.env.PUENTE_ALLOW_PRIVATE_WEBHOOKS = '1';
  process.env.PUENTE_ENGINE = 'off'; // the test calls attemptDelivery itself
  process.env.NEXTAUTH_URL = BASE;
  delete process.env.PUENTE_ALERT_AFTER_FAILURES;
  delete process.env.PUENTE_ALERT_DIGEST_HOUR_UTC;
  smtp = await startTestSmtpServer();
  useSmtp(true);
  invalidateSsrfOptions();
  receiver = await startReceiver(() => reply());
});
afterAll(async () => {
  useSmtp(false);
  await receiver.close();
  await smtp.close();
});
beforeEach(() => {
  smtp.received.length = 0;
  reply = () => ({ status: 500, body: 'down' });
  useSmtp(true);
});

let n = 0;
/** A department with one webhook to the receiver and the people around it. */
async function setup() {
  const dep = await makeDepartment({ name: `Dept ${++n} <b>&` });
  const program = await makeProgram(dep.id);
  const created = await createWebhook(db, dep.id, { url: `${receiver.url}/hook?token=abc`, description: `CRM ${n}`, events: ['lead.created'] }, actor);
  if (!created.ok) throw new Error(JSON.stringify(created.fieldErrors));
  await db.delete(deliveries).where(eq(deliveries.id, created.pingDeliveryId));
  const tag = `${n}-${Date.now()}`;
  const adminEs = await makeMember(dep.id, 'admin', { email: `admin-es-${tag}@example.com` });
  const staffEn = await makeMember(dep.id, 'staff', { email: `staff-en-${tag}@example.com`, locale: 'en', alertEmails: true });
  await makeMember(dep.id, 'staff', { email: `staff-quiet-${tag}@example.com` });
  await makeMember(dep.id, 'admin', { email: `admin-out-${tag}@example.com`, alertEmails: false });
  await makeMember(dep.id, 'admin', { email: `admin-gone-${tag}@example.com`, disabledAt: new Date() });
  return { dep, program, webhook: created.webhook, es: adminEs.email, en: staffEn.email };
}

/** One lead, attempted once now against whatever the receiver answers. */
async function leadAttempt(programId: string) {
  const lead = await createLead(db, leadInput([programId]));
  if (!lead.ok) throw new Error('lead');
  return attemptDelivery(lead.deliveries[0]!.id);
}

const mailTo = (addr: string) => smtp.received.filter((m) => m.rcptTo.includes(addr));
const subjects = (addr: string) => mailTo(addr).map((m) => m.parsed.subject ?? '');
async function alertsSent(webhookId: string) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, 'alert.sent'), eq(auditLog.targetId, webhookId)))
    .orderBy(auditLog.id);
}

describe('state changes', () => {
  it('start failing, get disabled, recover: exactly one e-mail per recipient per change, in their language, audited; the banner follows', async () => {
    const { dep, program, webhook, es, en } = await setup();

    // Two failed attempts: under the threshold (3), nobody is bothered.
    expect((await leadAttempt(program.id)).outcome).toBe('retry');
    expect((await leadAttempt(program.id)).outcome).toBe('retry');
    expect(await runAlertScan(db)).toMatchObject({ changes: 0, emailsSent: 0 });
    expect(smtp.received).toHaveLength(0);

    // The third: failing. One e-mail each to the Spanish admin and the English opted-in staff member.
    await leadAttempt(program.id);
    expect(await runAlertScan(db)).toMatchObject({ changes: 1, notices: 1, emailsSent: 2, emailsFailed: 0 });
    await runAlertScan(db);
    await runAlertScan(db);
    expect(smtp.received).toHaveLength(2);
    expect(subjects(es)).toEqual([`[Puente] Webhook con fallos: CRM ${n} (${dep.name})`]);
    expect(subjects(en)).toEqual([`[Puente] Webhook failing: CRM ${n} (${dep.name})`]);
    const esText = mailTo(es)[0]!.parsed.text ?? '';
    expect(esText).toContain(`${BASE}/dashboard/${dep.slug}/webhooks/${webhook.id}`);
    expect(esText).toContain('Último error: HTTP 500');
    expect(esText).toContain(`URL de destino: ${receiver.url}/…`);
    expect(esText).not.toContain('token=abc');
    expect(await listDepartmentAlerts(db, dep.id)).toMatchObject([{ webhookId: webhook.id, state: 'failing' }]);

    // The receiver says 410: disabled. One more e-mail each, and only one.
    reply = () => ({ status: 410, body: 'gone' });
    expect(await leadAttempt(program.id)).toMatchObject({ outcome: 'failed', webhookDisabled: true });
    expect(await runAlertScan(db)).toMatchObject({ changes: 1, emailsSent: 2 });
    await runAlertScan(db);
    expect(subjects(es)[1]).toBe(`[Puente] Webhook desactivado: CRM ${n} (${dep.name})`);
    expect(subjects(en)[1]).toBe(`[Puente] Webhook disabled: CRM ${n} (${dep.name})`);
    expect(mailTo(es)[1]!.parsed.text).toContain('Motivo: El receptor respondió 410 Gone');
    expect(smtp.received).toHaveLength(4);
    expect(await listDepartmentAlerts(db, dep.id)).toMatchObject([{ webhookId: webhook.id, state: 'disabled' }]);

    // Re-enabled, but not tried yet: no "recovered" e-mail on a person's click alone.
    reply = () => ({ status: 200, body: 'ok' });
    expect(await setWebhookEnabled(db, dep.id, webhook.id, true, actor)).toMatchObject({ ok: true });
    expect(await runAlertScan(db)).toMatchObject({ changes: 0, emailsSent: 0 });
    expect(await listDepartmentAlerts(db, dep.id)).toEqual([]);

    // A delivery succeeds: recovered, once.
    expect((await leadAttempt(program.id)).outcome).toBe('delivered');
    expect(await runAlertScan(db)).toMatchObject({ changes: 1, emailsSent: 2 });
    await runAlertScan(db);
    expect(smtp.received).toHaveLength(6);
    expect(subjects(es)[2]).toBe(`[Puente] Webhook recuperado: CRM ${n} (${dep.name})`);
    expect(mailTo(es)[2]!.parsed.text).toContain('Estaba desactivado desde el');
    expect(subjects(en)[2]).toBe(`[Puente] Webhook recovered: CRM ${n} (${dep.name})`);

    // Nobody else got anything: not plain staff, not the admin who opted out, not a disabled account.
    expect(new Set(smtp.received.flatMap((m) => m.rcptTo))).toEqual(new Set([es, en]));
    const audit = await alertsSent(webhook.id);
    expect(audit.map((a) => a.details)).toEqual([
      { notice: 'failing', recipients: 2, sent: 2, failed: 0 },
      { notice: 'disabled', recipients: 2, sent: 2, failed: 0 },
      { notice: 'recovered', recipients: 2, sent: 2, failed: 0 },
    ]);
    expect(audit.every((a) => a.departmentId === dep.id && a.actorEmail === 'system')).toBe(true);
    expect(JSON.stringify(audit)).not.toContain('@example.com');
  });

  it('two workers scanning at the same moment send each e-mail once', async () => {
    const { program, webhook, es, en } = await setup();
    for (let i = 0; i < 3; i++) await leadAttempt(program.id);
    const now = new Date();
    const [a, b] = await Promise.all([runAlertScan(db, { now }), runAlertScan(db, { now })]);
    expect(a.changes + b.changes).toBe(1);
    expect(a.notices + b.notices).toBe(1);
    expect(mailTo(es)).toHaveLength(1);
    expect(mailTo(en)).toHaveLength(1);
    expect(await alertsSent(webhook.id)).toHaveLength(1);
  });

  it('switching a failing webhook off resets it quietly', async () => {
    const { dep, program, webhook, es } = await setup();
    for (let i = 0; i < 3; i++) await leadAttempt(program.id);
    await runAlertScan(db);
    expect(mailTo(es)).toHaveLength(1);
    await setWebhookEnabled(db, dep.id, webhook.id, false, actor);
    expect(await runAlertScan(db)).toMatchObject({ changes: 1, notices: 0, emailsSent: 0 });
    const [s] = await db.select().from(webhookAlertState).where(eq(webhookAlertState.webhookId, webhook.id));
    expect(s).toMatchObject({ state: 'ok', pendingNotice: null });
    expect(mailTo(es)).toHaveLength(1);
    expect(await listDepartmentAlerts(db, dep.id)).toEqual([]);
  });
});

describe('without SMTP', () => {
  it('sends nothing and audits nothing, the banner shows, and turning SMTP on later sends no stale alert', async () => {
    useSmtp(false);
    const before = smtp.connections();
    const { dep, program, webhook, es } = await setup();
    for (let i = 0; i < 3; i++) await leadAttempt(program.id);
    expect(await runAlertScan(db)).toMatchObject({ changes: 1, notices: 0, emailsSent: 0 });
    expect(smtp.connections()).toBe(before);
    expect(await alertsSent(webhook.id)).toHaveLength(0);
    expect(await listDepartmentAlerts(db, dep.id)).toMatchObject([{ webhookId: webhook.id, state: 'failing' }]);

    useSmtp(true);
    expect(await runAlertScan(db)).toMatchObject({ changes: 0, notices: 0 });
    expect(mailTo(es)).toHaveLength(0);
    // The next change is e-mailed as usual.
    reply = () => ({ status: 410 });
    await leadAttempt(program.id);
    await runAlertScan(db);
    expect(subjects(es)).toEqual([expect.stringMatching(/^\[Puente\] Webhook desactivado: /)]);
  });
});

describe('daily digests, with a test clock', () => {
  it('repeat once a day per department while a webhook stays broken, and once a day to platform admins', async () => {
    const { dep, program, webhook, es, en } = await setup();
    const platformEn = await makeUser({ email: `platform-${Date.now()}@example.com`, role: 'admin', locale: 'en' });
    const platformOut = await makeUser({ email: `platform-out-${Date.now()}@example.com`, role: 'admin', alertEmails: false });
    for (let i = 0; i < 3; i++) await leadAttempt(program.id);
    const t0 = new Date();
    await runAlertScan(db, { now: t0 });
    expect(mailTo(es)).toHaveLength(1);
    const platformAudits = async () => (await rawSql()`select 1 from audit_log where action = 'alert.platform_digest_sent'`).length;
    const audited0 = await platformAudits();
    // (Today's platform digest may already have gone in an earlier test; it counts from here.)
    const p0 = mailTo(platformEn.email).length;

    // Digest hour (13:00 UTC) two days later, a minute past it.
    const t1 = new Date(digestSlot(new Date(t0.getTime() + 2 * 86_400_000), 13).getTime() + 60_000);
    const r1 = await runAlertScan(db, { now: t1 });
    expect(r1.departmentDigests).toBeGreaterThanOrEqual(1);
    expect(r1.platformDigest).toBe(true);
    expect(subjects(es)[1]).toBe(`[Puente] Resumen diario: 1 webhook sigue con problemas (${dep.name})`);
    expect(subjects(en)[1]).toBe(`[Puente] Daily digest: 1 webhook is still broken (${dep.name})`);
    expect(mailTo(es)[1]!.parsed.text).toContain(`${BASE}/dashboard/${dep.slug}/webhooks/${webhook.id}`);
    const platform = mailTo(platformEn.email).slice(p0);
    expect(platform).toHaveLength(1);
    expect(platform[0]!.parsed.subject).toMatch(/^\[Puente\] Daily digest: \d+ departments? with broken webhooks$/);
    expect(platform[0]!.parsed.text).toContain(`${dep.name}: 1 failing`);
    expect(platform[0]!.parsed.text).toContain(`${BASE}/admin/departments/${dep.id}`);
    expect(mailTo(platformOut.email)).toHaveLength(0);

    // Later the same day, and just before the next digest hour: nothing more.
    await runAlertScan(db, { now: new Date(t1.getTime() + 10 * 60_000) });
    await runAlertScan(db, { now: new Date(t1.getTime() + 86_400_000 - 2 * 60_000) });
    expect(mailTo(es)).toHaveLength(2);
    expect(mailTo(platformEn.email)).toHaveLength(p0 + 1);

    // The next day: one more of each.
    const t2 = new Date(t1.getTime() + 86_400_000);
    await Promise.all([runAlertScan(db, { now: t2 }), runAlertScan(db, { now: t2 })]);
    expect(mailTo(es)).toHaveLength(3);
    expect(mailTo(en)).toHaveLength(3);
    expect(mailTo(platformEn.email)).toHaveLength(p0 + 2);

    const digests = await db.select().from(auditLog).where(and(eq(auditLog.action, 'alert.digest_sent'), eq(auditLog.targetId, dep.id)));
    expect(digests.map((d) => d.details)).toEqual([
      { webhooks: [webhook.id], recipients: 2, sent: 2, failed: 0 },
      { webhooks: [webhook.id], recipients: 2, sent: 2, failed: 0 },
    ]);
    expect(await platformAudits()).toBe(audited0 + 2);

    // Once it recovers, no more digests.
    reply = () => ({ status: 200 });
    await leadAttempt(program.id);
    await runAlertScan(db, { now: new Date() });
    expect(subjects(es).at(-1)).toMatch(/^\[Puente\] Webhook recuperado: /);
    const count = mailTo(es).length;
    await runAlertScan(db, { now: new Date(t2.getTime() + 86_400_000) });
    expect(mailTo(es)).toHaveLength(count);
  });
});
