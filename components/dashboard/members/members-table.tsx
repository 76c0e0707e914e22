import type { Locale } from '@/lib/i18n/locale';
import type { StaffMessages } from '@/lib/i18n/staff';
import type { Member } from '@/lib/users/members';
import { Tag } from '@/components/ui/status-badge';
import { DataTable, tableCell, tableRow, tableRowHeader } from '@/components/ui/data-table';
import { MemberRoleForm } from './member-role-form';
import { RemoveMember } from './remove-member';
import { formatLongDateTime } from '@/lib/time';

/** The department's members with their role (changeable) and a remove button. */
export function MembersTable({
  dept,
  departmentName,
  members,
  viewerId,
  locale,
  m,
}: {
  dept: string;
  departmentName: string;
  members: Member[];
  viewerId: string;
  locale: Locale;
  m: StaffMessages;
}) {
  const t = m.members.table;
  const columns = [
    { key: 'name', header: t.name },
    { key: 'role', header: t.role },
    { key: 'sign-in', header: t.lastSignIn },
    { key: 'actions', header: t.actions, visuallyHidden: true },
  ];
  return (
    <DataTable columns={columns} caption={t.caption(departmentName)} regionLabel={t.region} minWidth="min-w-[48rem]" testId="members-table">
      {members.map((member) => (
        <tr key={member.userId} className={tableRow()} data-testid="member-row" data-email={member.email} data-role={member.role}>
          <th scope="row" className={tableRowHeader()}>
            <span className="font-semibold">{member.name}</span>
            {member.userId === viewerId ? <Tag tone="neutral">{t.you}</Tag> : null}
            {member.disabled ? <Tag tone="danger">{t.disabled}</Tag> : null}
            <span className="block break-all text-sm text-slate-700">{member.email}</span>
          </th>
          <td className={tableCell()}>
            <span className="sr-only">{m.department.roles[member.role]}. </span>
            <MemberRoleForm dept={dept} userId={member.userId} name={member.name} role={member.role} />
          </td>
          <td className={tableCell('framed', 'text-sm')}>{member.lastSignInAt ? formatLongDateTime(member.lastSignInAt, locale) : t.never}</td>
          <td className={tableCell()}>
            <RemoveMember
              dept={dept}
              userId={member.userId}
              name={member.name}
              email={member.email}
              departmentName={departmentName}
              isSelf={member.userId === viewerId}
            />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
