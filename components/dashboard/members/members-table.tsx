import type { Member } from '@/lib/users/members';
import { ROLE_LABELS } from '@/lib/users/user-schemas';
import { Tag } from '@/components/ui/status-badge';
import { DataTable, tableCell, tableRow, tableRowHeader } from '@/components/ui/data-table';
import { MemberRoleForm } from './member-role-form';
import { RemoveMember } from './remove-member';
import { formatLongDateTime } from '@/lib/time';

const COLUMNS = [
  { key: 'name', header: 'Name' },
  { key: 'role', header: 'Role' },
  { key: 'sign-in', header: 'Last sign-in' },
  { key: 'actions', header: 'Actions', visuallyHidden: true },
];

function when(d: Date | null): string {
  return d ? formatLongDateTime(d) : 'Never';
}

/** The department's members with their role (changeable) and a remove button. */
export function MembersTable({ dept, departmentName, members, viewerId }: { dept: string; departmentName: string; members: Member[]; viewerId: string }) {
  return (
    <DataTable
      columns={COLUMNS}
      caption={`Members of ${departmentName}, with their role and last sign-in`}
      regionLabel="Members table"
      minWidth="min-w-[48rem]"
      testId="members-table"
    >
      {members.map((m) => (
        <tr key={m.userId} className={tableRow()} data-testid="member-row" data-email={m.email} data-role={m.role}>
          <th scope="row" className={tableRowHeader()}>
            <span className="font-semibold">{m.name}</span>
            {m.userId === viewerId ? <Tag tone="neutral">you</Tag> : null}
            {m.disabled ? <Tag tone="danger">disabled</Tag> : null}
            <span className="block break-all text-sm text-slate-700">{m.email}</span>
          </th>
          <td className={tableCell()}>
            <span className="sr-only">{ROLE_LABELS[m.role]}. </span>
            <MemberRoleForm dept={dept} userId={m.userId} name={m.name} role={m.role} />
          </td>
          <td className={tableCell('framed', 'text-sm')}>{when(m.lastSignInAt)}</td>
          <td className={tableCell()}>
            <RemoveMember dept={dept} userId={m.userId} name={m.name} email={m.email} departmentName={departmentName} isSelf={m.userId === viewerId} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
