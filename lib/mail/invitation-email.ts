/**
 * The invitation e-mail: plain text and HTML, in the invitation's language (Spanish unless the
 * inviter works in English). Department and inviter names are typed by people, so every value
 * is HTML-escaped in the HTML part and stripped of line breaks in the subject.
 */
import 'server-only';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import { formatLongDateTime } from '../time';
import type { MemberRole } from '../users/user-schemas';
import { sendMail, type MailMessage, type SendResult } from './mailer';
import { escapeHtml, oneLine } from './mail-text';

export interface InvitationEmail {
  to: string;
  departmentName: string;
  /** Who invited (name, else e-mail). */
  inviterName: string;
  role: MemberRole;
  /** The absolute /invite/<token> link. */
  link: string;
  expiresAt: Date;
  /** The e-mail's language; Spanish when not given. */
  locale?: Locale;
}

const es = {
  subject: (dept: string) => `Invitación a ${dept} en Puente`,
  heading: (dept: string) => `Invitación a ${dept}`,
  role: { staff: 'personal del departamento', admin: 'administrador(a) del departamento' } satisfies Record<MemberRole, string>,
  invites: (inviter: string, dept: string, role: string) => `${inviter} le invita a unirse a ${dept} en Puente como ${role}.`,
  open: 'Abra este enlace para crear su cuenta con este correo electrónico, o para aceptar si ya tiene una:',
  button: 'Aceptar la invitación',
  orCopy: 'O copie este enlace en su navegador:',
  until: (to: string, when: string) => `El enlace funciona una sola vez, solo para ${to}, hasta el ${when} (hora de Puerto Rico). Si no esperaba esta invitación, ignore este mensaje.`,
};

type InvitationTexts = typeof es;

const en: InvitationTexts = {
  subject: (dept) => `Invitation to ${dept} on Puente`,
  heading: (dept) => `Invitation to ${dept}`,
  role: { staff: 'department staff', admin: 'department admin' },
  invites: (inviter, dept, role) => `${inviter} invites you to join ${dept} on Puente as ${role}.`,
  open: 'Open this link to create your account with this e-mail address, or to accept if you already have one:',
  button: 'Accept the invitation',
  orCopy: 'Or copy this link into your browser:',
  until: (to, when) => `The link works once, only for ${to}, until ${when} (Puerto Rico time). If you did not expect this invitation, ignore this message.`,
};

const TEXTS: Record<Locale, InvitationTexts> = { es, en };

export function renderInvitationEmail(m: InvitationEmail): MailMessage {
  const locale = m.locale ?? DEFAULT_LOCALE;
  const t = TEXTS[locale];
  const dept = oneLine(m.departmentName, 200);
  const inviter = oneLine(m.inviterName, 200);
  // "8 de marzo de 2026, 12:00 AST" / "March 8, 2026, 12:00 AST": Puerto Rico time, 24-hour.
  const until = formatLongDateTime(m.expiresAt, locale);
  const subject = t.subject(oneLine(m.departmentName, 60));
  const role = t.role[m.role];

  const text = [t.invites(inviter, dept, role), '', t.open, m.link, '', t.until(m.to, until), ''].join('\n');

  const e = { dept: escapeHtml(dept), inviter: escapeHtml(inviter), to: escapeHtml(m.to), link: escapeHtml(m.link), until: escapeHtml(until) };
  const html = `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f8fafc;font-family:Arial,Helvetica,sans-serif;color:#0f172a;line-height:1.5">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border:1px solid #cbd5e1;border-radius:8px;padding:24px">
<h1 style="font-size:20px;margin:0 0 12px">${escapeHtml(t.heading(dept))}</h1>
<p style="margin:0 0 12px">${t.invites(e.inviter, `<strong>${e.dept}</strong>`, escapeHtml(role))}</p>
<p style="margin:16px 0"><a href="${e.link}" style="display:inline-block;background:#1d4ed8;color:#ffffff;padding:10px 16px;border-radius:6px;font-weight:bold;text-decoration:none">${escapeHtml(t.button)}</a></p>
<p style="margin:0 0 16px;font-size:14px;color:#334155">${escapeHtml(t.orCopy)}<br><a href="${e.link}" style="color:#1d4ed8;word-break:break-all">${e.link}</a></p>
<p style="margin:0;font-size:14px;color:#334155">${t.until(e.to, e.until)}</p>
</div>
</body>
</html>
`;
  return { to: m.to, subject, text, html };
}

/** Sends the invitation e-mail through the configured SMTP server. Never throws. */
export async function sendInvitationEmail(m: InvitationEmail): Promise<SendResult> {
  return sendMail(renderInvitationEmail(m));
}
