'use client';

import { useActionState } from 'react';
import { setProgramStatusAction } from '@/app/actions/dashboard/programs/set-program-status';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { IDLE, type ActionResult } from '@/lib/auth/action-result';
import type { ProgramStatus } from '@/lib/programs/program-schema';

const small =
  'inline-flex items-center rounded-md border-2 px-3 py-1 text-sm font-semibold focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-700 disabled:cursor-not-allowed disabled:opacity-70';

/** Close or reopen one program (admins). The button names the program for screen readers. */
export function ProgramStatusButton({ dept, programId, status, title }: { dept: string; programId: string; status: ProgramStatus; title: string }) {
  const [state, action, pending] = useActionState(setProgramStatusAction, IDLE as ActionResult);
  const next: ProgramStatus = status === 'open' ? 'closed' : 'open';
  const t = useStaffI18n().m.programs.statusButton;
  const closing = next === 'closed';
  return (
    <form action={action} className="inline-flex flex-wrap items-center gap-2" data-testid="program-status-form">
      <input type="hidden" name="dept" value={dept} />
      <input type="hidden" name="programId" value={programId} />
      <input type="hidden" name="status" value={next} />
      <button
        type="submit"
        disabled={pending}
        aria-label={closing ? t.closeLabel(title) : t.reopenLabel(title)}
        className={`${small} ${next === 'closed' ? 'border-slate-600 bg-white text-slate-900 hover:bg-slate-100' : 'border-brand-700 bg-white text-brand-700 hover:bg-brand-50'}`}
        data-testid={next === 'closed' ? 'close-program' : 'reopen-program'}
      >
        {pending ? (closing ? t.closing : t.reopening) : closing ? t.close : t.reopen}
      </button>
      <span role="status" className={`text-sm ${state.status === 'error' ? 'font-semibold text-red-800' : 'text-green-800'}`} data-testid="program-status-result">
        {state.status === 'idle' ? '' : state.message}
      </span>
    </form>
  );
}
