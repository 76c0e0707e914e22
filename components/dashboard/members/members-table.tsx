import type { Member } from '@/lib/users/members';
import { ROLE_LABELS } from '@/lib/users/user-schemas';
import { MemberRoleForm } from './member-role-form';
import { RemoveMember } from './remove-member';

const th = 'px-3 py-2 text-left text-sm font-semibold text-slate-800';
const td = 'px-3 py-3 align-top';

function when(d: Date | null): string {
  return d ? d.toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'America/Puerto_Rico' }) : 'Never';
}

/** The department's members with their role (changeable) and a remove button. */
export function MembersTable({ dept, departmentName, members, viewerId }: { dept: string; departmentName: string; members: Member[]; viewerId: string }) {
  return (
    <div className="relative overflow-x-auto rounded-lg border-2 border-slate-200" role="region" aria-label="Members table" tabIndex={0}>
      <table className="w-full min-w-[48rem] border-collapse" data-testid="members-table">
        <caption className="sr-only">Members of {departmentName}, with their role and last sign-in</caption>
        <thead className="border-b-2 border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className={th}>
              Name
            </th>
            <th scope="col" className={th}>
              Role
            </th>
            <th scope="col" className={th}>
              Last sign-in
            </th>
            <th scope="col" className={th}>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.userId} className="border-b border-slate-200 last:border-b-0" data-testid="member-row" data-email={m.email} data-role={m.role}>
              <th scope="row" className={`${td} text-left font-normal`}>
                <span className="font-semibold">{m.name}</span>
                {m.userId === viewerId ? <span className="ml-2 rounded bg-slate-200 px-1.5 py-0.5 text-xs font-semibold text-slate-800">you</span> : null}
                {m.disabled ? <span className="ml-2 rounded bg-red-100 px-1.5 py-0.5 text-xs font-semibold text-red-900">disabled</span> : null}
                <span className="block break-all text-sm text-slate-700">{m.email}</span>
              </th>
              <td className={td}>
                <span className="sr-only">{ROLE_LABELS[m.role]}. </span>
                <MemberRoleForm dept={dept} userId={m.userId} name={m.name} role={m.role} />
              </td>
              <td className={`${td} text-sm`}>{when(m.lastSignInAt)}</td>
              <td className={td}>
                <RemoveMember dept={dept} userId={m.userId} name={m.name} email={m.email} departmentName={departmentName} isSelf={m.userId === viewerId} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
