'use client';

import { useActionState } from 'react';
import { revokeInvitationAction } from '@/app/actions/dashboard/members/revoke-invitation';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { IDLE, type ActionResult } from '@/lib/auth/action-result';

const small =
  'inline-flex items-center rounded-md border-2 border-red-700 bg-white px-3 py-1 text-sm font-semibold text-red-800 hover:bg-red-50 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-700 disabled:cursor-not-allowed disabled:opacity-70';

/** Revoke one pending invitation; its link stops working at once. */
export function RevokeInvitation({ dept, invitationId, email }: { dept: string; invitationId: string; email: string }) {
  const [state, action, pending] = useActionState(revokeInvitationAction, IDLE as ActionResult);
  const t = useStaffI18n().m.members.invitations;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2" data-testid="revoke-invitation-form">
      <input type="hidden" name="dept" value={dept} />
      <input type="hidden" name="invitationId" value={invitationId} />
      <button type="submit" className={small} disabled={pending} aria-label={t.revokeLabel(email)} data-testid="revoke-invitation">
        {pending ? t.revoking : t.revoke}
      </button>
      <span role="status" className={`text-sm ${state.status === 'error' ? 'font-semibold text-red-800' : 'text-green-800'}`}>
        {state.status === 'idle' ? '' : state.message}
      </span>
    </form>
  );
}
