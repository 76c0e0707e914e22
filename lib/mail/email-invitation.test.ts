/**
 * Invitation e-mail end to end, on a real SMTP server (smtp-server on 127.0.0.1) and the real
 * database: the server action creates the invitation, nodemailer sends it, the test parses
 * what arrived (mailparser) and accepts the invitation with the link from the e-mail. A
 * refusing, unreachable or silent server loses nothing, and without SMTP_URL nothing is tried.
 */
import net, { type AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { db } from '../../db/client';
import { makeDepartment } from '../../test/factories';
import { auditEntries, makeMember } from '../../test/users';
import { loadViewer, type Viewer } from '../auth/viewer';
import { markServedByPuenteServer } from '../client-ip';
import { env, resetEnvCache } from '../env';
import { acceptInvitation, listPendingInvitations } from '../users/invitations';
import { createInvitationAction, type CreatedInvitation } from '../../app/actions/dashboard/members/create-invitation';
import { renderInvitationEmail } from './invitation-email';
import { escapeHtml } from './mail-text';
import { describeSendError, resetMailer } from './mailer';
import { startTestSmtpServer, TEST_SMTP_PASS, TEST_SMTP_USER, type TestSmtpServer } from './test-smtp-server';

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock('../auth/session', () => ({ getViewer: async () => session.viewer }));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));
// As the Puente server (scripts/run.ts) hands requests to Next: the client's address in its own header.
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-puente-client-ip': '203.0.113.9' }) }));

const BASE = 'https://puente.example.gov.pr';
const HOSTILE_DEPT = '<script>alert(1)</script> & Co';
const PASSWORD = 'a long enough passphrase';

let smtp: TestSmtpServer;
let logs: MockInstance[];

function useSmtp(url: string | undefined) {
  if (url === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = url;
  resetEnvCache();
  resetMailer();
}
const smtpUrl = (port: number, pass = TEST_SMTP_PASS) => `smtp://${TEST_SMTP_USER}:${pass}@127.0.0.1:${port}`;

beforeAll(async () => {
  markServedByPuenteServer();
  process.env.PUENTE_ENGINE = 'off';
  process.env.NEXTAUTH_URL = BASE;
  process.env.SMTP_FROM = 'Puente PR <no-reply@puente.example.gov.pr>';
  smtp = await startTestSmtpServer();
});
afterAll(async () => {
  useSmtp(undefined);
  await smtp.close();
});
beforeEach(() => {
  smtp.received.length = 0;
  smtp.refuseRecipients = false;
  logs = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m).mockImplementation(() => {}));
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Nothing printed may contain the SMTP password or an invitation token. */
function expectNothingLogged(...secrets: string[]) {
  const printed = logs.flatMap((l) => l.mock.calls).map((args) => args.map((a: unknown) => (a instanceof Error ? `${a.message} ${a.stack}` : JSON.stringify(a))).join(' '));
  for (const s of secrets) for (const line of printed) expect(line).not.toContain(s);
}

let n = 0;
async function adminOf(departmentName: string) {
  const dept = await makeDepartment({ name: departmentName });
  const admin = await makeMember(dept.id, 'admin', { name: 'Ana "<b>" Ruiz' });
  session.viewer = await loadViewer(db, admin.id);
  return { dept, admin };
}

async function invite(slug: string, email = `invitee-${Date.now()}-${++n}@example.com`) {
  const f = new FormData();
  f.set('dept', slug);
  f.set('email', email);
  f.set('role', 'staff');
  const r = await createInvitationAction({ status: 'idle' }, f);
  expect(r.status, JSON.stringify(r)).toBe('ok');
  if (r.status !== 'ok' || !r.data) throw new Error('no invitation');
  return { email, data: r.data as CreatedInvitation & { emailed?: unknown } };
}

const tokenOf = (path: string) => path.replace('/invite/', '');
const newAccount = { kind: 'newAccount' as const, name: 'Nueva Persona', password: PASSWORD, confirm: PASSWORD };

describe('with an SMTP server configured', () => {
  it('e-mails exactly one bilingual message whose link accepts the invitation, with typed names escaped, audited once', async () => {
    useSmtp(smtpUrl(smtp.port));
    const { dept } = await adminOf(HOSTILE_DEPT);
    const { email, data } = await invite(dept.slug);
    expect(data.emailed).toEqual({ sent: true });
    expect(data.path).toMatch(/^\/invite\/[A-Za-z0-9_-]{43}$/); // the page still shows the link once

    expect(smtp.received).toHaveLength(1);
    const [m] = smtp.received;
    expect(m!.user).toBe(TEST_SMTP_USER); // it signed in with the URL's credentials
    expect(m!.rcptTo).toEqual([email]);
    expect(m!.mailFrom).toBe('no-reply@puente.example.gov.pr');
    expect(m!.parsed.to && !Array.isArray(m!.parsed.to) ? m!.parsed.to.value.map((a) => a.address) : []).toEqual([email]);
    expect(m!.parsed.subject).toBe(`Invitación a ${HOSTILE_DEPT} en Puente / Invitation to ${HOSTILE_DEPT} on Puente`);

    // Plain text: Spanish first, then English, the absolute link in both.
    const text = m!.parsed.text ?? '';
    const link = `${BASE}${data.path}`;
    expect(text.indexOf('le invita a unirse')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('le invita a unirse')).toBeLessThan(text.indexOf('invites you to join'));
    expect(text.split(link)).toHaveLength(3);
    expect(text).toContain(HOSTILE_DEPT); // text is text: no escaping needed there

    // HTML: the typed values are escaped, never markup.
    const html = typeof m!.parsed.html === 'string' ? m!.parsed.html : '';
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co');
    expect(html).not.toContain('<script');
    expect(html).toContain('Ana &quot;&lt;b&gt;&quot; Ruiz');
    expect(html).not.toContain('<b>');
    expect(html).toContain(`href="${link}"`);
    expect(html.indexOf('lang="es"')).toBeLessThan(html.indexOf('lang="en"'));

    // The link from the e-mail is the one that works.
    const fromMail = /https:\/\/puente\.example\.gov\.pr\/invite\/([A-Za-z0-9_-]{43})/.exec(text)?.[1];
    expect(fromMail).toBe(tokenOf(data.path));
    const accepted = await acceptInvitation(db, fromMail!, newAccount);
    expect(accepted).toMatchObject({ ok: true, email, role: 'staff', department: { id: dept.id } });

    const [inv] = await db.query.invitations.findMany({ where: (i, { eq }) => eq(i.departmentId, dept.id) });
    const emailed = await auditEntries('invitation.emailed', inv!.id);
    expect(emailed).toHaveLength(1);
    expect(emailed[0]).toMatchObject({ departmentId: dept.id, actorIp: '203.0.113.9', details: { email, sent: true } });
    expect(await auditEntries('invitation.created', inv!.id)).toHaveLength(1);
    expect(JSON.stringify(emailed)).not.toContain(fromMail!);
    expectNothingLogged(TEST_SMTP_PASS, fromMail!);
  });

  it('a refused recipient loses nothing: the invitation exists, its link works, the result says why, audited once', async () => {
    useSmtp(smtpUrl(smtp.port));
    smtp.refuseRecipients = true;
    const { dept } = await adminOf(`Refusing ${++n}`);
    const { email, data } = await invite(dept.slug);
    expect(data.emailed).toEqual({ sent: false, reason: 'the mail server refused the address (550)' });
    expect(smtp.received).toHaveLength(0);

    const pending = await listPendingInvitations(db, dept.id);
    expect(pending.map((p) => p.email)).toEqual([email]);
    const emailed = await auditEntries('invitation.emailed', pending[0]!.id);
    expect(emailed).toHaveLength(1);
    expect(emailed[0]).toMatchObject({ details: { email, sent: false, reason: 'the mail server refused the address (550)' } });
    expect(await acceptInvitation(db, tokenOf(data.path), newAccount)).toMatchObject({ ok: true, email });
    expectNothingLogged(TEST_SMTP_PASS, tokenOf(data.path));
  });

  it('a wrong SMTP password or a closed port fails the e-mail, not the invitation', async () => {
    const { dept } = await adminOf(`Broken ${++n}`);

    useSmtp(smtpUrl(smtp.port, 'wrong-pass-Xy7'));
    const a = await invite(dept.slug);
    expect(a.data.emailed).toEqual({ sent: false, reason: "the mail server refused Puente's sign-in (535)" });

    const closed = net.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', () => r()));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    useSmtp(smtpUrl(port));
    const b = await invite(dept.slug);
    expect(b.data.emailed).toEqual({ sent: false, reason: 'the mail server could not be reached' });

    expect(smtp.received).toHaveLength(0);
    expect((await listPendingInvitations(db, dept.id)).map((p) => p.email).sort()).toEqual([a.email, b.email].sort());
    expectNothingLogged(TEST_SMTP_PASS, 'wrong-pass-Xy7', tokenOf(a.data.path), tokenOf(b.data.path));
  });

  it('a server that accepts the connection but never answers fails within the timeout', async () => {
    const sockets: net.Socket[] = [];
    const silent = net.createServer((s) => sockets.push(s));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()));
    try {
      useSmtp(smtpUrl((silent.address() as AddressInfo).port));
      const { dept } = await adminOf(`Silent ${++n}`);
      const started = Date.now();
      const { data } = await invite(dept.slug);
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(data.emailed).toEqual({ sent: false, reason: 'the mail server did not answer in time' });
      expect(await listPendingInvitations(db, dept.id)).toHaveLength(1);
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => silent.close(() => r()));
    }
  }, 25_000);
});

describe('without SMTP_URL', () => {
  it('attempts nothing: no connection, no e-mail outcome, no invitation.emailed entry', async () => {
    useSmtp(undefined);
    const before = smtp.connections();
    const { dept } = await adminOf(`Quiet ${++n}`);
    const { data } = await invite(dept.slug);
    expect(data.emailed).toBeUndefined();
    expect(smtp.connections()).toBe(before);
    const [inv] = await listPendingInvitations(db, dept.id);
    expect(await auditEntries('invitation.emailed', inv!.id)).toHaveLength(0);
    expect(await auditEntries('invitation.created', inv!.id)).toHaveLength(1);
  });
});

describe('configuration and rendering', () => {
  it('reads SMTP_URL (smtp:// or smtps:// only; empty = off) and SMTP_FROM, without echoing the password', () => {
    try {
      process.env.SMTP_URL = '';
      delete process.env.SMTP_FROM;
      resetEnvCache();
      expect(env().SMTP_URL).toBeUndefined();
      expect(env().SMTP_FROM).toBe('Puente <no-reply@localhost>');
      process.env.SMTP_URL = 'smtps://u:p@mail.gov.pr:465';
      resetEnvCache();
      expect(env().SMTP_URL).toBe('smtps://u:p@mail.gov.pr:465');
      process.env.SMTP_URL = 'http://user:hunter2-secret@mail.gov.pr';
      resetEnvCache();
      expect(() => env()).toThrow(/SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/);
      try {
        env();
      } catch (e) {
        expect(String(e)).not.toContain('hunter2-secret');
      }
    } finally {
      process.env.SMTP_FROM = 'Puente PR <no-reply@puente.example.gov.pr>';
      useSmtp(undefined);
    }
  });

  it('keeps typed names out of headers and markup', () => {
    const m = renderInvitationEmail({
      to: 'ana@example.com',
      departmentName: 'Dept\r\nBcc: victim@example.com',
      inviterName: `O'Neil <img src=x onerror=alert(1)>`,
      role: 'admin',
      link: `${BASE}/invite/${'a'.repeat(43)}`,
      expiresAt: new Date('2026-03-08T16:00:00Z'),
    });
    expect(m.subject).not.toMatch(/[\r\n]/);
    expect(m.subject).toContain('Dept Bcc: victim@example.com');
    expect(m.html).not.toContain('<img');
    expect(m.html).toContain(escapeHtml(`O'Neil <img src=x onerror=alert(1)>`));
    expect(m.text).toContain('administrador(a) del departamento');
    expect(m.text).toContain('department admin');
    expect(m.text).toContain('8 de marzo de 2026'); // Puerto Rico time, in Spanish
    expect(m.text).toContain('March 8, 2026, 12:00 AST'); // 24-hour, like the dashboard
  });

  it('turns transport errors into short reasons without server text', () => {
    expect(describeSendError({ code: 'ECONNECTION', message: 'connect ECONNREFUSED 10.0.0.1:25' })).toBe('the mail server could not be reached');
    expect(describeSendError({ code: 'EAUTH', responseCode: 535, message: '535 bad user secret' })).toBe("the mail server refused Puente's sign-in (535)");
    expect(describeSendError({ code: 'ESOCKET', command: 'CONN' })).toBe('the mail server could not be reached');
    expect(describeSendError({ code: 'ESOCKET', command: 'DATA' })).toBe('the connection to the mail server broke');
    expect(describeSendError({ code: 'ETIMEDOUT' })).toBe('the mail server did not answer in time');
    expect(describeSendError(new Error('weird'))).toBe('the mail server failed');
    expect(describeSendError(null)).toBe('the mail server failed');
  });
});
