import Link from 'next/link';
import { textLink } from '@/components/ui/styles';
import type { PlatformUser } from '@/lib/users/platform-admins';
import { Tag } from '@/components/ui/status-badge';
import { DataTable, tableCell, tableRow, tableRowHeader } from '@/components/ui/data-table';
import { DisableToggle, PlatformAdminToggle, ResetPasswordButton } from './user-actions';
import type { Locale } from '@/lib/i18n/locale';
import { staffMessages } from '@/lib/i18n/staff';
import { formatLongDateTime } from '@/lib/time';

/** Every account: platform role, departments, state; admin acts per row. */
export function UsersTable({ users, viewerId, locale }: { users: PlatformUser[]; viewerId: string; locale: Locale }) {
  const m = staffMessages(locale);
  const t = m.admin.users.table;
  const columns = [
    { key: 'person', header: t.columns.person },
    { key: 'departments', header: t.columns.departments },
    { key: 'sign-in', header: t.columns.signIn },
    { key: 'admin', header: t.columns.admin },
    { key: 'password', header: t.columns.password },
    { key: 'account', header: t.columns.account },
  ];
  const when = (d: Date | null) => (d ? formatLongDateTime(d, locale) : t.never);
  return (
    <DataTable columns={columns} caption={t.caption} regionLabel={t.region} minWidth="min-w-[60rem]" testId="users-table">
      {users.map((u) => {
        const isSelf = u.id === viewerId;
        return (
          <tr key={u.id} className={tableRow()} data-testid="user-row" data-email={u.email}>
            <th scope="row" className={tableRowHeader()}>
              <span className="font-semibold">{u.name}</span>
              {u.platformAdmin ? <Tag tone="brand">{t.tags.platformAdmin}</Tag> : null}
              {u.disabled ? <Tag tone="danger">{t.tags.disabled}</Tag> : null}
              {u.mustChangePassword ? <Tag tone="warning">{t.tags.mustChangePassword}</Tag> : null}
              <span className="block break-all text-sm text-slate-700">{u.email}</span>
            </th>
            <td className={tableCell('framed', 'text-sm')}>
              {u.departments.length === 0 ? (
                <span className="text-slate-700">{t.none}</span>
              ) : (
                <ul className="space-y-1">
                  {u.departments.map((d) => (
                    <li key={d.slug}>
                      <Link href={`/dashboard/${d.slug}/members`} className={textLink}>
                        {d.name}
                      </Link>{' '}
                      — {m.department.rolesInSentence[d.role]}
                      {d.status === 'approved' ? null : <span className="text-slate-700">{t.departmentStatus(d.status)}</span>}
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
                  {t.changeYours}
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
