'use client';

import { useActionState, useRef, useState } from 'react';
import { removeMemberAction } from '@/app/actions/dashboard/members/remove-member';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { IDLE, type ActionResult } from '@/lib/auth/action-result';

const small =
  'inline-flex items-center rounded-md border-2 px-3 py-1 text-sm font-semibold focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-700 disabled:cursor-not-allowed disabled:opacity-70';

/** "Remove…" then a confirmation that says what happens; the member loses access at once. */
export function RemoveMember({ dept, userId, name, email, departmentName, isSelf }: { dept: string; userId: string; name: string; email: string; departmentName: string; isSelf: boolean }) {
  const [state, action, pending] = useActionState(removeMemberAction, IDLE as ActionResult);
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const panelId = `remove-${userId}`;
  const { m } = useStaffI18n();
  const t = m.members.remove;
  return (
    <div className="space-y-2" data-testid="remove-member">
      <button
        ref={opener}
        type="button"
        className={`${small} border-red-700 bg-white text-red-800 hover:bg-red-50`}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t.openLabel(name)}
        onClick={() => {
          setOpen((o) => !o);
          requestAnimationFrame(() => document.getElementById(`${panelId}-confirm`)?.focus());
        }}
        data-testid="remove-member-open"
      >
        {t.open}
      </button>
      {open ? (
        <form id={panelId} action={action} className="space-y-2 rounded-lg border-2 border-red-700 bg-red-50 p-3 text-red-950">
          <input type="hidden" name="dept" value={dept} />
          <input type="hidden" name="userId" value={userId} />
          <p>
            {isSelf ? (
              t.confirmSelf(departmentName)
            ) : (
              <>
                {t.confirmBefore} <strong>{name}</strong> (<span className="break-all">{email}</span>) {t.confirmAfter(departmentName)}
              </>
            )}
          </p>
          <div className="flex flex-wrap gap-2">
            <button id={`${panelId}-confirm`} type="submit" className={`${small} border-red-700 bg-red-700 text-white hover:bg-red-900`} disabled={pending} data-testid="remove-member-confirm">
              {pending ? t.submitting : t.submit}
            </button>
            <button
              type="button"
              className={`${small} border-slate-600 bg-white text-slate-900`}
              onClick={() => {
                setOpen(false);
                requestAnimationFrame(() => opener.current?.focus());
              }}
            >
              {m.common.kit.cancel}
            </button>
          </div>
        </form>
      ) : null}
      <span role="status" className={`block text-sm ${state.status === 'error' ? 'font-semibold text-red-800' : 'text-green-800'}`} data-testid="remove-member-result">
        {state.status === 'idle' ? '' : state.message}
      </span>
    </div>
  );
}
