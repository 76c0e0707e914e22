import type { ProgramStatus } from '@/lib/programs/program-schema';
import { STATUS_LABELS } from './labels';

/** Status as a word and a shape, never colour alone. */
export function ProgramStatusBadge({ status }: { status: ProgramStatus }) {
  const open = status === 'open';
  return (
    <span className={`inline-flex items-center gap-1.5 font-semibold ${open ? 'text-green-800' : 'text-slate-700'}`} data-testid="program-status" data-status={status}>
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false" className="shrink-0">
        {open ? <circle cx="8" cy="8" r="6" fill="currentColor" /> : <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />}
      </svg>
      {STATUS_LABELS[status]}
    </span>
  );
}
