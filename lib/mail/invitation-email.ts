/**
 * The invitation e-mail: plain text and HTML, Spanish first, then English. Department and
 * inviter names are typed by people, so every value is HTML-escaped in the HTML part and
 * stripped of line breaks in the subject.
 */
import 'server-only';
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
}

const ROLE_ES: Record<MemberRole, string> = { staff: 'personal del departamento', admin: 'administrador(a) del departamento' };
const ROLE_EN: Record<MemberRole, string> = { staff: 'department staff', admin: 'department admin' };


/** "8 de marzo de 2026, 12:00 AST" / "March 8, 2026, 12:00 AST": Puerto Rico time, 24-hour. */
function expiryText(d: Date, locale: 'es' | 'en'): string {
  return formatLongDateTime(d, locale);
}

export function renderInvitationEmail(m: InvitationEmail): MailMessage {
  const dept = oneLine(m.departmentName, 200);
  const inviter = oneLine(m.inviterName, 200);
  const untilEs = `${expiryText(m.expiresAt, 'es')} (hora de Puerto Rico)`;
  const untilEn = `${expiryText(m.expiresAt, 'en')} (Puerto Rico time)`;
  const short = oneLine(m.departmentName, 60);
  const subject = `Invitación a ${short} en Puente / Invitation to ${short} on Puente`;

  const text = [
    `${inviter} le invita a unirse a ${dept} en Puente como ${ROLE_ES[m.role]}.`,
    '',
    'Abra este enlace para crear su cuenta con este correo electrónico, o para aceptar si ya tiene una:',
    m.link,
    '',
    `El enlace funciona una sola vez, solo para ${m.to}, hasta el ${untilEs}. Si no esperaba esta invitación, ignore este mensaje.`,
    '',
    '---',
    '',
    `${inviter} invites you to join ${dept} on Puente as ${ROLE_EN[m.role]}.`,
    '',
    'Open this link to create your account with this e-mail address, or to accept if you already have one:',
    m.link,
    '',
    `The link works once, only for ${m.to}, until ${untilEn}. If you did not expect this invitation, ignore this message.`,
    '',
  ].join('\n');

  const e = {
    dept: escapeHtml(dept),
    inviter: escapeHtml(inviter),
    to: escapeHtml(m.to),
    link: escapeHtml(m.link),
    untilEs: escapeHtml(untilEs),
    untilEn: escapeHtml(untilEn),
  };
  const button = (label: string, orCopy: string) =>
    `<p style="margin:16px 0"><a href="${e.link}" style="display:inline-block;background:#1d4ed8;color:#ffffff;padding:10px 16px;border-radius:6px;font-weight:bold;text-decoration:none">${label}</a></p>
<p style="margin:0 0 16px;font-size:14px;color:#334155">${orCopy}<br><a href="${e.link}" style="color:#1d4ed8;word-break:break-all">${e.link}</a></p>`;
  const html = `<!doctype html>
<html lang="es">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f8fafc;font-family:Arial,Helvetica,sans-serif;color:#0f172a;line-height:1.5">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border:1px solid #cbd5e1;border-radius:8px;padding:24px">
<div lang="es">
<h1 style="font-size:20px;margin:0 0 12px">Invitación a ${e.dept}</h1>
<p style="margin:0 0 12px">${e.inviter} le invita a unirse a <strong>${e.dept}</strong> en Puente como ${ROLE_ES[m.role]}.</p>
${button('Aceptar la invitación', 'O copie este enlace en su navegador:')}
<p style="margin:0 0 16px;font-size:14px;color:#334155">El enlace funciona una sola vez, solo para ${e.to}, hasta el ${e.untilEs}. Si no esperaba esta invitación, ignore este mensaje.</p>
</div>
<hr style="border:none;border-top:1px solid #cbd5e1;margin:24px 0">
<div lang="en">
<h2 style="font-size:20px;margin:0 0 12px">Invitation to ${e.dept}</h2>
<p style="margin:0 0 12px">${e.inviter} invites you to join <strong>${e.dept}</strong> on Puente as ${ROLE_EN[m.role]}.</p>
${button('Accept the invitation', 'Or copy this link into your browser:')}
<p style="margin:0;font-size:14px;color:#334155">The link works once, only for ${e.to}, until ${e.untilEn}. If you did not expect this invitation, ignore this message.</p>
</div>
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
