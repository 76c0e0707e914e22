import type { Locale } from '@/lib/i18n/locale';
import type { StaffMessages } from '@/lib/i18n/staff';
import type { PendingInvitation } from '@/lib/users/invitations';
import { DataTable, tableCell, tableRow, tableRowHeader } from '@/components/ui/data-table';
import { RevokeInvitation } from './revoke-invitation';
import { formatLongDateTime } from '@/lib/time';

/** Invitations not yet used; their links are never shown again, only revoked. */
export function PendingInvitations({ dept, invitations, locale, m }: { dept: string; invitations: PendingInvitation[]; locale: Locale; m: StaffMessages }) {
  const t = m.members.invitations;
  if (invitations.length === 0) {
    return (
      <p className="rounded-lg border-2 border-dashed border-slate-300 p-4 text-slate-800" data-testid="invitations-empty">
        {t.empty}
      </p>
    );
  }
  const columns = [
    { key: 'email', header: t.email },
    { key: 'role', header: t.role },
    { key: 'invited', header: t.invited },
    { key: 'expires', header: t.expires },
    { key: 'actions', header: t.actions, visuallyHidden: true },
  ];
  return (
    <DataTable columns={columns} caption={t.caption} regionLabel={t.region} minWidth="min-w-[44rem]" testId="invitations-table">
      {invitations.map((i) => (
        <tr key={i.id} className={tableRow()} data-testid="invitation-row" data-email={i.email}>
          <th scope="row" className={tableRowHeader('framed', 'break-all')}>
            {i.email}
          </th>
          <td className={tableCell()}>{m.department.roles[i.role]}</td>
          <td className={tableCell('framed', 'text-sm')}>
            {formatLongDateTime(i.createdAt, locale)}
            {i.invitedByEmail ? <span className="block break-all text-slate-700">{t.by(i.invitedByEmail)}</span> : null}
          </td>
          <td className={tableCell('framed', 'text-sm')}>{formatLongDateTime(i.expiresAt, locale)}</td>
          <td className={tableCell()}>
            <RevokeInvitation dept={dept} invitationId={i.id} email={i.email} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
