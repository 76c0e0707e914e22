/**
 * Invitation e-mail end to end, on a real SMTP server (smtp-server on 127.0.0.1) and the real
 * database: the server action creates the invitation, nodemailer sends it, the test parses
 * what arrived (mailparser) and accepts the invitation with the link from the e-mail. It is in
 * Spanish unless the invitation is in English. A refusing, unreachable or silent server loses
 * nothing, and without SMTP_URL nothing is tried.
 */
import net, { type AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { db } from '../../db/client';
import { makeDepartment } from '../../test/factories';
import { auditEntries, makeMember } from '../../test/users';
import { loadViewer, type Viewer } from '../auth/viewer';
import { markServedByPuenteServer } from '../client-ip';
import { env, resetEnvCache } from '../env';
import { acceptInvitation, createInvitation, listPendingInvitations } from '../users/invitations';
import { createInvitationAction, type CreatedInvitation } from '../../app/actions/dashboard/members/create-invitation';
import { emailInvitation } from './email-invitation';
import { renderInvitationEmail } from './invitation-email';
import { escapeHtml, sendFailureText } from './mail-text';
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
async function adminOf(departmentName: string, locale: 'es' | 'en' = 'es') {
  const dept = await makeDepartment({ name: departmentName });
  const admin = await makeMember(dept.id, 'admin', { name: 'Ana "<b>" Ruiz', locale });
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
  it('e-mails exactly one message, in Spanish by default, whose link accepts the invitation, with typed names escaped, audited once', async () => {
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
    expect(m!.parsed.subject).toBe(`Invitación a ${HOSTILE_DEPT} en Puente`);

    // Plain text: Spanish only, with the absolute link once.
    const text = m!.parsed.text ?? '';
    const link = `${BASE}${data.path}`;
    expect(text).toContain('Ana "<b>" Ruiz le invita a unirse a');
    expect(text).toContain('como personal del departamento.');
    expect(text).toContain('Abra este enlace para crear su cuenta');
    expect(text).toContain('(hora de Puerto Rico)');
    expect(text).not.toContain('invites you');
    expect(text).not.toContain('Puerto Rico time');
    expect(text.split(link)).toHaveLength(2);
    expect(text).toContain(HOSTILE_DEPT); // text is text: no escaping needed there

    // HTML: the typed values are escaped, never markup.
    const html = typeof m!.parsed.html === 'string' ? m!.parsed.html : '';
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co');
    expect(html).not.toContain('<script');
    expect(html).toContain('Ana &quot;&lt;b&gt;&quot; Ruiz');
    expect(html).not.toContain('<b>');
    expect(html).toContain(`href="${link}"`);
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('Aceptar la invitación');
    expect(html).not.toContain('lang="en"');
    expect(html).not.toContain('Accept the invitation');

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

  it('e-mails an invitation in English when it is in English: subject, words, link and date', async () => {
    useSmtp(smtpUrl(smtp.port));
    const { dept, admin } = await adminOf(`English ${++n}`);
    const actor = { userId: admin.id, email: admin.email, ip: '203.0.113.9' };
    const created = await createInvitation(db, dept.id, { email: `invitee-en-${n}@example.com`, role: 'admin' }, actor);
    if (!created.ok) throw new Error('no invitation');
    const outcome = await emailInvitation(
      db,
      { invitationId: created.invitationId, departmentId: dept.id, departmentName: dept.name, email: created.email, role: created.role, path: created.path, expiresAt: created.expiresAt, locale: 'en' },
      { ...actor, name: 'Ana Ruiz' },
    );
    expect(outcome).toEqual({ status: 'sent', to: created.email });

    expect(smtp.received).toHaveLength(1);
    const [m] = smtp.received;
    expect(m!.rcptTo).toEqual([created.email]);
    expect(m!.parsed.subject).toBe(`Invitation to ${dept.name} on Puente`);
    const text = m!.parsed.text ?? '';
    expect(text).toContain(`Ana Ruiz invites you to join ${dept.name} on Puente as department admin.`);
    expect(text).toContain('Open this link to create your account');
    expect(text).toContain(`${BASE}${created.path}`);
    expect(text).toMatch(/until [A-Z][a-z]+ \d{1,2}, \d{4}, \d{2}:\d{2} AST \(Puerto Rico time\)/);
    expect(text).not.toContain('le invita');
    expect(text).not.toContain('hora de Puerto Rico');
    const html = typeof m!.parsed.html === 'string' ? m!.parsed.html : '';
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Accept the invitation');
    expect(html).not.toContain('Aceptar');
    expect(await acceptInvitation(db, tokenOf(created.path), newAccount)).toMatchObject({ ok: true, email: created.email, role: 'admin' });

    // Through the invitation form's action: an inviter who works in English sends it in English.
    const english = await adminOf(`English inviter ${++n}`, 'en');
    smtp.received.length = 0;
    const { email } = await invite(english.dept.slug);
    expect(smtp.received.map((r) => [r.rcptTo, r.parsed.subject])).toEqual([[[email], `Invitation to ${english.dept.name} on Puente`]]);
    expect(smtp.received[0]!.parsed.text).toContain('invites you to join');
  });

  it('a refused recipient loses nothing: the invitation exists, its link works, the result says why, audited once', async () => {
    useSmtp(smtpUrl(smtp.port));
    smtp.refuseRecipients = true;
    const { dept } = await adminOf(`Refusing ${++n}`);
    const { email, data } = await invite(dept.slug);
    // The inviter reads why in their language (Spanish here); the audit entry keeps the English reason.
    expect(data.emailed).toEqual({ sent: false, reason: 'el servidor de correo rechazó la dirección (550)' });
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
    expect(a.data.emailed).toEqual({ sent: false, reason: 'el servidor de correo rechazó el inicio de sesión de Puente (535)' });

    const closed = net.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', () => r()));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    useSmtp(smtpUrl(port));
    const b = await invite(dept.slug);
    expect(b.data.emailed).toEqual({ sent: false, reason: 'no se pudo contactar el servidor de correo' });

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
      expect(data.emailed).toEqual({ sent: false, reason: 'el servidor de correo no respondió a tiempo' });
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

  it('keeps typed names out of headers and markup, in both languages, Spanish by default', () => {
    const invitation = {
      to: 'ana@example.com',
      departmentName: 'Dept\r\nBcc: victim@example.com',
      inviterName: `O'Neil <img src=x onerror=alert(1)>`,
      role: 'admin' as const,
      link: `${BASE}/invite/${'a'.repeat(43)}`,
      expiresAt: new Date('2026-03-08T16:00:00Z'),
    };
    const es = renderInvitationEmail(invitation);
    const en = renderInvitationEmail({ ...invitation, locale: 'en' });
    expect(renderInvitationEmail({ ...invitation, locale: 'es' })).toEqual(es);
    for (const m of [es, en]) {
      expect(m.subject).not.toMatch(/[\r\n]/);
      expect(m.subject).toContain('Dept Bcc: victim@example.com');
      expect(m.html).not.toContain('<img');
      expect(m.html).toContain(escapeHtml(`O'Neil <img src=x onerror=alert(1)>`));
    }
    expect(es.subject).toBe('Invitación a Dept Bcc: victim@example.com en Puente');
    expect(es.text).toContain('como administrador(a) del departamento');
    expect(es.text).toContain('hasta el 8 de marzo de 2026, 12:00 AST (hora de Puerto Rico)'); // Puerto Rico time, 24-hour
    expect(es.text).not.toContain('department admin');
    expect(en.subject).toBe('Invitation to Dept Bcc: victim@example.com on Puente');
    expect(en.text).toContain('as department admin');
    expect(en.text).toContain('until March 8, 2026, 12:00 AST (Puerto Rico time)');
    expect(en.text).not.toContain('administrador');
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

  it('words every reason in Spanish for the inviter, keeping the status code', () => {
    const codes = ['ECONNECTION', 'ESOCKET', 'ETIMEDOUT', 'ETLS', 'EAUTH', 'EENVELOPE', 'EMESSAGE', 'EOTHER'];
    for (const code of codes) {
      const reason = describeSendError({ code, responseCode: 550 });
      expect(sendFailureText(reason, 'en')).toBe(reason);
      expect(sendFailureText(reason, 'es'), reason).not.toMatch(/mail server/);
    }
    expect(sendFailureText("the mail server refused Puente's sign-in (535)", 'es')).toBe('el servidor de correo rechazó el inicio de sesión de Puente (535)');
    expect(sendFailureText('the mail server could not be reached', 'es')).toBe('no se pudo contactar el servidor de correo');
    expect(sendFailureText('the e-mail could not be prepared', 'es')).toBe('no se pudo preparar el correo');
    expect(sendFailureText('something new', 'es')).toBe('something new');
  });
});
