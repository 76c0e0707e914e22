import Link from 'next/link';
import { textLink } from '@/components/ui/styles';
import type { PlatformUser } from '@/lib/users/platform-admins';
import { ROLE_LABELS } from '@/lib/users/user-schemas';
import { Tag } from '@/components/ui/status-badge';
import { DataTable, tableCell, tableRow, tableRowHeader } from '@/components/ui/data-table';
import { DisableToggle, PlatformAdminToggle, ResetPasswordButton } from './user-actions';
import { formatLongDateTime } from '@/lib/time';

const COLUMNS = [
  { key: 'person', header: 'Person' },
  { key: 'departments', header: 'Departments' },
  { key: 'sign-in', header: 'Last sign-in' },
  { key: 'admin', header: 'Platform admin' },
  { key: 'password', header: 'Password' },
  { key: 'account', header: 'Account' },
];

function when(d: Date | null): string {
  return d ? formatLongDateTime(d) : 'Never';
}

/** Every account: platform role, departments, state; admin acts per row. */
export function UsersTable({ users, viewerId }: { users: PlatformUser[]; viewerId: string }) {
  return (
    <DataTable columns={COLUMNS} caption="Every Puente account, platform admins first" regionLabel="Users table" minWidth="min-w-[60rem]" testId="users-table">
      {users.map((u) => {
        const isSelf = u.id === viewerId;
        return (
          <tr key={u.id} className={tableRow()} data-testid="user-row" data-email={u.email}>
            <th scope="row" className={tableRowHeader()}>
              <span className="font-semibold">{u.name}</span>
              {u.platformAdmin ? <Tag tone="brand">platform admin</Tag> : null}
              {u.disabled ? <Tag tone="danger">disabled</Tag> : null}
              {u.mustChangePassword ? <Tag tone="warning">must change password</Tag> : null}
              <span className="block break-all text-sm text-slate-700">{u.email}</span>
            </th>
            <td className={tableCell('framed', 'text-sm')}>
              {u.departments.length === 0 ? (
                <span className="text-slate-700">None</span>
              ) : (
                <ul className="space-y-1">
                  {u.departments.map((d) => (
                    <li key={d.slug}>
                      <Link href={`/dashboard/${d.slug}/members`} className={textLink}>
                        {d.name}
                      </Link>{' '}
                      — {ROLE_LABELS[d.role].toLowerCase()}
                      {d.status === 'approved' ? null : <span className="text-slate-700"> (department {d.status})</span>}
                    </li>
                  ))}
                </ul>
              )}
            </td>
            <td className={tableCell('framed', 'text-sm')}>{when(u.lastSignInAt)}</td>
            <td className={tableCell()}>
              <PlatformAdminToggle userId={u.id} email={u.email} platformAdmin={u.platformAdmin} isSelf={isSelf} />
            </td>
            <td className={tableCell()}>
              {isSelf ? (
                <Link href="/dashboard/account" className={`${textLink} text-sm`}>
                  Change yours
                </Link>
              ) : (
                <ResetPasswordButton userId={u.id} email={u.email} />
              )}
            </td>
            <td className={tableCell()}>
              <DisableToggle userId={u.id} email={u.email} disabled={u.disabled} isSelf={isSelf} />
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
