/** What the invitation page and its action say when a link can no longer be used. */
import type { InvitationState } from './invitations';

export const UNAVAILABLE_MESSAGES: Record<Exclude<InvitationState, 'pending'> | 'unknown', string> = {
  accepted: 'This invitation link was already used. Each link works once: sign in instead, or ask your department admin for a new invitation.',
  revoked: 'This invitation was revoked by a department admin. Ask them for a new one if you still need access.',
  expired: 'This invitation has expired. Ask your department admin for a new one.',
  unknown: 'This invitation link is not valid. Check that you copied all of it, or ask your department admin for a new one.',
};

export function unavailableMessage(state: InvitationState | 'unknown'): string {
  return state === 'pending' ? UNAVAILABLE_MESSAGES.unknown : UNAVAILABLE_MESSAGES[state];
}
