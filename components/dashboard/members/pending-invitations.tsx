import type { PendingInvitation } from '@/lib/users/invitations';
import { ROLE_LABELS } from '@/lib/users/user-schemas';
import { DataTable, tableCell, tableRow, tableRowHeader } from '@/components/ui/data-table';
import { RevokeInvitation } from './revoke-invitation';
import { formatLongDateTime } from '@/lib/time';

const COLUMNS = [
  { key: 'email', header: 'Email' },
  { key: 'role', header: 'Role' },
  { key: 'invited', header: 'Invited' },
  { key: 'expires', header: 'Expires' },
  { key: 'actions', header: 'Actions', visuallyHidden: true },
];

function when(d: Date): string {
  return formatLongDateTime(d);
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
    <DataTable columns={COLUMNS} caption="Pending invitations, newest first" regionLabel="Pending invitations table" minWidth="min-w-[44rem]" testId="invitations-table">
      {invitations.map((i) => (
        <tr key={i.id} className={tableRow()} data-testid="invitation-row" data-email={i.email}>
          <th scope="row" className={tableRowHeader('framed', 'break-all')}>
            {i.email}
          </th>
          <td className={tableCell()}>{ROLE_LABELS[i.role]}</td>
          <td className={tableCell('framed', 'text-sm')}>
            {when(i.createdAt)}
            {i.invitedByEmail ? <span className="block break-all text-slate-700">by {i.invitedByEmail}</span> : null}
          </td>
          <td className={tableCell('framed', 'text-sm')}>{when(i.expiresAt)}</td>
          <td className={tableCell()}>
            <RevokeInvitation dept={dept} invitationId={i.id} email={i.email} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
