'use server';

import { db } from '@/db/client';
import { publicAction } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/auth/action-result';
import { getViewer } from '@/lib/auth/session';
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
 * Public (the invitee has no account yet): the token is the credential.
 */
export const acceptInvitationAction = publicAction(
  { name: 'acceptInvitationAction', serverError: { status: 'error', error: 'server', message: 'Something went wrong on our side. Try again in a moment.' } },
  async ({ ip }, formData): Promise<ActionResult<AcceptedInvitation>> => {
    const limit = await consumeRateLimit(db, hashKey('invite-accept-ip', ip), LIMIT.perIp, LIMIT.windowMs);
    if (!limit.allowed) return { status: 'error', error: 'invalid', message: 'Too many attempts. Wait 15 minutes and try again.' };

    let acceptor: Acceptor;
    if (formString(formData, 'mode') === 'signedIn') {
      const viewer = await getViewer();
      if (!viewer) return { status: 'error', error: 'forbidden', message: 'Your session has ended. Sign in again to accept the invitation.' };
      acceptor = { kind: 'existingUser', userId: viewer.userId };
    } else {
      acceptor = { kind: 'newAccount', name: formString(formData, 'name'), password: formString(formData, 'password'), confirm: formString(formData, 'confirm') };
    }

    const r = await acceptInvitation(db, formString(formData, 'token'), acceptor, { ip });
    if (!r.ok) {
      switch (r.error) {
        case 'unavailable':
          return { status: 'error', error: 'notFound', message: unavailableMessage(r.state) };
        case 'invalid':
          return { status: 'error', error: 'invalid', message: 'Check the highlighted fields.', fieldErrors: r.fieldErrors };
        case 'accountExists':
          return { status: 'error', error: 'invalid', message: 'An account with this email already exists. Sign in with it to accept the invitation.' };
        case 'wrongAccount':
          return { status: 'error', error: 'forbidden', message: `This invitation is for ${r.invitedEmail}. Sign out, then sign in with that account to accept it.` };
        case 'alreadyMember':
          return { status: 'error', error: 'invalid', message: `You are already a member of ${r.department.name}.` };
      }
    }
    // No revalidatePath: it would re-render this page as "already used" before the form signs in.
    return {
      status: 'ok',
      message: `Welcome to ${r.department.name}.`,
      data: { email: r.email, slug: r.department.slug, departmentName: r.department.name, newAccount: acceptor.kind === 'newAccount' },
    };
  },
);
