/**
 * E-mails a just-created invitation when an SMTP server is configured. Called after the
 * invitation is committed, so a failed send loses nothing: the invitation stays, and the
 * caller still shows the link to copy. Each attempt writes exactly one `invitation.emailed`
 * audit entry saying whether it was sent (and if not, the short reason) — never the link.
 */
import 'server-only';
import type { Db } from '../../db/client';
import { recordAudit, type Actor } from '../audit/record-audit';
import { env } from '../env';
import type { Locale } from '../i18n/locale';
import type { MemberRole } from '../users/user-schemas';
import { sendInvitationEmail } from './invitation-email';
import { mailEnabled } from './mailer';

export type InvitationEmailOutcome =
  /** No SMTP server configured: nothing was attempted. */
  | { status: 'off' }
  | { status: 'sent'; to: string }
  | { status: 'failed'; to: string; reason: string };

export interface InvitationToEmail {
  invitationId: string;
  departmentId: string;
  departmentName: string;
  email: string;
  role: MemberRole;
  /** /invite/<token> */
  path: string;
  expiresAt: Date;
  /** The e-mail's language: the inviter's (Viewer.locale). Spanish when not given. */
  locale?: Locale;
}

/** The app's public base URL for links in e-mails: NEXTAUTH_URL, else PUENTE_PUBLIC_URL, else localhost. */
export function publicBaseUrl(): string {
  const e = env();
  return e.NEXTAUTH_URL ?? e.PUENTE_PUBLIC_URL ?? `http://localhost:${e.PORT}`;
}

export function absoluteLink(path: string): string {
  return new URL(path, publicBaseUrl()).toString();
}

export async function emailInvitation(db: Db, inv: InvitationToEmail, inviter: Actor & { name?: string | null }): Promise<InvitationEmailOutcome> {
  if (!mailEnabled()) return { status: 'off' };
  let outcome: Exclude<InvitationEmailOutcome, { status: 'off' }>;
  try {
    const r = await sendInvitationEmail({
      to: inv.email,
      departmentName: inv.departmentName,
      inviterName: inviter.name?.trim() || inviter.email || 'Puente',
      role: inv.role,
      link: absoluteLink(inv.path),
      expiresAt: inv.expiresAt,
      locale: inv.locale,
    });
    outcome = r.ok ? { status: 'sent', to: inv.email } : { status: 'failed', to: inv.email, reason: r.reason };
  } catch (e) {
    // sendMail does not throw; rendering could only on a bug. The invitation must survive it.
    console.error('emailInvitation: could not prepare the e-mail', e instanceof Error ? e.name : typeof e);
    outcome = { status: 'failed', to: inv.email, reason: 'the e-mail could not be prepared' };
  }
  try {
    await recordAudit(db, inviter, {
      action: 'invitation.emailed',
      departmentId: inv.departmentId,
      targetType: 'invitation',
      targetId: inv.invitationId,
      details: outcome.status === 'sent' ? { email: inv.email, sent: true } : { email: inv.email, sent: false, reason: outcome.reason },
    });
  } catch (e) {
    console.error('emailInvitation: could not record the audit entry', e instanceof Error ? e.message : e);
  }
  return outcome;
}
