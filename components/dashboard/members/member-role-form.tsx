'use client';

import { useActionState, useState } from 'react';
import { changeMemberRoleAction } from '@/app/actions/dashboard/members/change-member-role';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { IDLE, type ActionResult } from '@/lib/auth/action-result';
import { MEMBER_ROLES, type MemberRole } from '@/lib/users/user-schemas';

const small =
  'inline-flex items-center rounded-md border-2 border-brand-700 bg-white px-3 py-1 text-sm font-semibold text-brand-700 hover:bg-brand-50 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-700 disabled:cursor-not-allowed disabled:opacity-70';

/** A member's role, changeable by department admins. The select and button name the member for screen readers. */
export function MemberRoleForm({ dept, userId, name, role }: { dept: string; userId: string; name: string; role: MemberRole }) {
  const [state, action, pending] = useActionState(changeMemberRoleAction, IDLE as ActionResult);
  const [value, setValue] = useState<string>(role);
  const { m } = useStaffI18n();
  const t = m.members.roleForm;
  const id = `role-${userId}`;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2" data-testid="member-role-form">
      <input type="hidden" name="dept" value={dept} />
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={id} className="sr-only">
        {t.label(name)}
      </label>
      <select
        id={id}
        name="role"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        className="rounded-md border-2 border-slate-600 bg-white px-2 py-1 focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-brand-700"
        data-testid="member-role-select"
      >
        {MEMBER_ROLES.map((r) => (
          <option key={r} value={r}>
            {m.department.roles[r]}
          </option>
        ))}
      </select>
      <button type="submit" className={small} disabled={pending || value === role} aria-label={t.saveLabel(name)} data-testid="member-role-save">
        {pending ? t.saving : t.save}
      </button>
      <span role="status" className={`text-sm ${state.status === 'error' ? 'font-semibold text-red-800' : 'text-green-800'}`} data-testid="member-role-result">
        {state.status === 'idle' ? '' : state.message}
      </span>
    </form>
  );
}
