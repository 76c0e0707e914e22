/** What the invitation page and its action say when a link can no longer be used. */
import type { StaffMessages } from '../i18n/staff';
import type { InvitationState } from './invitations';

/** A pending invitation that still cannot be used (e.g. one of another department) reads as unknown. */
export function unavailableMessage(m: StaffMessages, state: InvitationState | 'unknown'): string {
  return m.auth.invite.unavailable[state === 'pending' ? 'unknown' : state];
}
