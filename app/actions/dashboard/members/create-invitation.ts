'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/db/client';
import { departmentAction } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/auth/action-result';
import { env } from '@/lib/env';
import { userFieldErrors } from '@/lib/i18n/user-errors';
import { emailInvitation } from '@/lib/mail/email-invitation';
import { sendFailureText } from '@/lib/mail/mail-text';
import { createInvitation } from '@/lib/users/invitations';
import { formString, type MemberRole } from '@/lib/users/user-schemas';

export interface CreatedInvitation {
  email: string;
  role: MemberRole;
  /** /invite/<token>: shown this once to copy, never again. */
  path: string;
  /** The public base URL when one is configured; otherwise the browser uses its own origin. */
  baseUrl: string | null;
  expiresAt: string;
  /** Whether the link was also e-mailed (absent: no SMTP server configured). The link is shown either way. */
  emailed?: { sent: true } | { sent: false; reason: string };
}

/** Invite someone to the department (department admins). Fields: dept, email, role (staff|admin). */
export const createInvitationAction = departmentAction(
  { name: 'createInvitationAction', role: 'admin' },
  async ({ department, viewer, actor, locale, m }, formData): Promise<ActionResult<CreatedInvitation>> => {
    const r = await createInvitation(db, department.id, { email: formString(formData, 'email'), role: formString(formData, 'role') }, actor);
    if (!r.ok) return { status: 'error', error: 'invalid', message: m.common.errors.checkForm, fieldErrors: userFieldErrors(m, r.fieldErrors) };
    revalidatePath(`/dashboard/${department.slug}/members`);
    const data: CreatedInvitation = { email: r.email, role: r.role, path: r.path, baseUrl: env().PUENTE_PUBLIC_URL ?? null, expiresAt: r.expiresAt.toISOString() };
    // The invitation is committed: from here on nothing may fail the action, or the link (shown once) would be lost.
    const mail = await emailInvitation(
      db,
      { invitationId: r.invitationId, departmentId: department.id, departmentName: department.name, email: r.email, role: r.role, path: r.path, expiresAt: r.expiresAt, locale },
      { ...actor, name: viewer.name },
    ).catch(() => ({ status: 'failed', to: r.email, reason: m.members.results.unexpectedMailError }) as const);
    if (mail.status === 'sent') return { status: 'ok', message: m.members.results.invitedAndSent(r.email), data: { ...data, emailed: { sent: true } } };
    if (mail.status === 'failed') return { status: 'ok', message: m.members.results.invitedNotSent(r.email), data: { ...data, emailed: { sent: false, reason: sendFailureText(mail.reason, locale) } } };
    return { status: 'ok', message: m.members.results.invited(r.email), data };
  },
);
