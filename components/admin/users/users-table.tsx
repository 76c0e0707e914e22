import Link from 'next/link';
import { textLink } from '@/components/ui/styles';
import type { PlatformUser } from '@/lib/users/platform-admins';
import { ROLE_LABELS } from '@/lib/users/user-schemas';
import { DisableToggle, PlatformAdminToggle, ResetPasswordButton } from './user-actions';

const th = 'px-3 py-2 text-left text-sm font-semibold text-slate-800';
const td = 'px-3 py-3 align-top';

function when(d: Date | null): string {
  return d ? d.toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'America/Puerto_Rico' }) : 'Never';
}

/** Every account: platform role, departments, state; admin acts per row. */
export function UsersTable({ users, viewerId }: { users: PlatformUser[]; viewerId: string }) {
  return (
    <div className="relative overflow-x-auto rounded-lg border-2 border-slate-200" role="region" aria-label="Users table" tabIndex={0}>
      <table className="w-full min-w-[60rem] border-collapse" data-testid="users-table">
        <caption className="sr-only">Every Puente account, platform admins first</caption>
        <thead className="border-b-2 border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className={th}>
              Person
            </th>
            <th scope="col" className={th}>
              Departments
            </th>
            <th scope="col" className={th}>
              Last sign-in
            </th>
            <th scope="col" className={th}>
              Platform admin
            </th>
            <th scope="col" className={th}>
              Password
            </th>
            <th scope="col" className={th}>
              Account
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => {
            const isSelf = u.id === viewerId;
            return (
              <tr key={u.id} className="border-b border-slate-200 last:border-b-0" data-testid="user-row" data-email={u.email}>
                <th scope="row" className={`${td} text-left font-normal`}>
                  <span className="font-semibold">{u.name}</span>
                  {u.platformAdmin ? <span className="ml-2 rounded bg-brand-100 px-1.5 py-0.5 text-xs font-semibold text-brand-900">platform admin</span> : null}
                  {u.disabled ? <span className="ml-2 rounded bg-red-100 px-1.5 py-0.5 text-xs font-semibold text-red-900">disabled</span> : null}
                  {u.mustChangePassword ? <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-950">must change password</span> : null}
                  <span className="block break-all text-sm text-slate-700">{u.email}</span>
                </th>
                <td className={`${td} text-sm`}>
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
                <td className={`${td} text-sm`}>{when(u.lastSignInAt)}</td>
                <td className={td}>
                  <PlatformAdminToggle userId={u.id} email={u.email} platformAdmin={u.platformAdmin} isSelf={isSelf} />
                </td>
                <td className={td}>
                  {isSelf ? (
                    <Link href="/dashboard/account" className={`${textLink} text-sm`}>
                      Change yours
                    </Link>
                  ) : (
                    <ResetPasswordButton userId={u.id} email={u.email} />
                  )}
                </td>
                <td className={td}>
                  <DisableToggle userId={u.id} email={u.email} disabled={u.disabled} isSelf={isSelf} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
