import type { PendingInvitation } from '@/lib/users/invitations';
import { ROLE_LABELS } from '@/lib/users/user-schemas';
import { RevokeInvitation } from './revoke-invitation';

const th = 'px-3 py-2 text-left text-sm font-semibold text-slate-800';
const td = 'px-3 py-3 align-top';

function when(d: Date): string {
  return d.toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'America/Puerto_Rico' });
}

/** Invitations not yet used; their links are never shown again, only revoked. */
export function PendingInvitations({ dept, invitations }: { dept: string; invitations: PendingInvitation[] }) {
  if (invitations.length === 0) {
    return (
      <p className="rounded-lg border-2 border-dashed border-slate-300 p-4 text-slate-800" data-testid="invitations-empty">
        No pending invitations.
      </p>
    );
  }
  return (
    <div className="relative overflow-x-auto rounded-lg border-2 border-slate-200" role="region" aria-label="Pending invitations table" tabIndex={0}>
      <table className="w-full min-w-[44rem] border-collapse" data-testid="invitations-table">
        <caption className="sr-only">Pending invitations, newest first</caption>
        <thead className="border-b-2 border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className={th}>
              Email
            </th>
            <th scope="col" className={th}>
              Role
            </th>
            <th scope="col" className={th}>
              Invited
            </th>
            <th scope="col" className={th}>
              Expires
            </th>
            <th scope="col" className={th}>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {invitations.map((i) => (
            <tr key={i.id} className="border-b border-slate-200 last:border-b-0" data-testid="invitation-row" data-email={i.email}>
              <th scope="row" className={`${td} break-all text-left font-normal`}>
                {i.email}
              </th>
              <td className={td}>{ROLE_LABELS[i.role]}</td>
              <td className={`${td} text-sm`}>
                {when(i.createdAt)}
                {i.invitedByEmail ? <span className="block break-all text-slate-700">by {i.invitedByEmail}</span> : null}
              </td>
              <td className={`${td} text-sm`}>{when(i.expiresAt)}</td>
              <td className={td}>
                <RevokeInvitation dept={dept} invitationId={i.id} email={i.email} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
