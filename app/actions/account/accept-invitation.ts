'use server';

import { db } from '@/db/client';
import { publicAction } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/auth/action-result';
import { getViewer } from '@/lib/auth/session';
import { getStaffLocale } from '@/lib/i18n/server';
import { staffMessages } from '@/lib/i18n/staff';
import { userFieldErrors } from '@/lib/i18n/user-errors';
import { consumeRateLimit, hashKey } from '@/lib/rate-limit';
import { unavailableMessage } from '@/lib/users/invitation-messages';
import { acceptInvitation, type Acceptor } from '@/lib/users/invitations';
import { formString } from '@/lib/users/user-schemas';

export interface AcceptedInvitation {
  email: string;
  slug: string;
  departmentName: string;
  /** true: a new account was made; the page signs it in with the password just typed. */
  newAccount: boolean;
}

const LIMIT = { perIp: 30, windowMs: 15 * 60_000 };

/**
 * Accept an invitation. Fields: token, mode ("newAccount": name, password, confirm; or
 * "signedIn": as the signed-in user). The department and role come from the invitation only.
 * Public (the invitee has no account yet): the token is the credential. Answers are in the
 * page's language (a server error is worded by the form).
 */
export const acceptInvitationAction = publicAction(
  { name: 'acceptInvitationAction', serverError: { status: 'error', error: 'server' } },
  async ({ ip }, formData): Promise<ActionResult<AcceptedInvitation>> => {
    const viewer = await getViewer();
    const m = staffMessages(await getStaffLocale(viewer));
    const t = m.auth.invite.answers;
    const limit = await consumeRateLimit(db, hashKey('invite-accept-ip', ip), LIMIT.perIp, LIMIT.windowMs);
    if (!limit.allowed) return { status: 'error', error: 'invalid', message: t.tooManyAttempts };

    let acceptor: Acceptor;
    if (formString(formData, 'mode') === 'signedIn') {
      if (!viewer) return { status: 'error', error: 'forbidden', message: t.sessionEnded };
      acceptor = { kind: 'existingUser', userId: viewer.userId };
    } else {
      acceptor = { kind: 'newAccount', name: formString(formData, 'name'), password: formString(formData, 'password'), confirm: formString(formData, 'confirm') };
    }

    const r = await acceptInvitation(db, formString(formData, 'token'), acceptor, { ip });
    if (!r.ok) {
      switch (r.error) {
        case 'unavailable':
          return { status: 'error', error: 'notFound', message: unavailableMessage(m, r.state) };
        case 'invalid':
          return { status: 'error', error: 'invalid', message: m.account.formErrors.checkFields, fieldErrors: userFieldErrors(m, r.fieldErrors) };
        case 'accountExists':
          return { status: 'error', error: 'invalid', message: t.accountExists };
        case 'wrongAccount':
          return { status: 'error', error: 'forbidden', message: t.wrongAccount(r.invitedEmail) };
        case 'alreadyMember':
          return { status: 'error', error: 'invalid', message: t.alreadyMember(r.department.name) };
      }
    }
    // No revalidatePath: it would re-render this page as "already used" before the form signs in.
    return {
      status: 'ok',
      message: t.welcome(r.department.name),
      data: { email: r.email, slug: r.department.slug, departmentName: r.department.name, newAccount: acceptor.kind === 'newAccount' },
    };
  },
);
