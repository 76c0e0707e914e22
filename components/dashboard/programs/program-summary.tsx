import type { DepartmentProgram } from '@/db/queries/programs';
import { KIND_LABELS } from './labels';
import { ProgramStatusBadge } from './program-status-badge';

/** A program's texts, read-only (what staff see). Plain text: line breaks kept, nothing parsed. */
export function ProgramSummary({ program }: { program: DepartmentProgram }) {
  const rows: [string, string, string][] = [
    ['Title (Spanish)', program.titleEs, 'es'],
    ['Summary (Spanish)', program.summaryEs, 'es'],
    ['Description (Spanish)', program.descriptionEs, 'es'],
    ['Title (English)', program.titleEn, 'en'],
    ['Summary (English)', program.summaryEn, 'en'],
    ['Description (English)', program.descriptionEn, 'en'],
  ];
  return (
    <dl className="max-w-3xl divide-y divide-slate-200 rounded-lg border-2 border-slate-200" data-testid="program-summary">
      <div className="grid gap-1 p-3 sm:grid-cols-[14rem_1fr]">
        <dt className="font-semibold text-slate-700">Kind</dt>
        <dd>{KIND_LABELS[program.kind]}</dd>
      </div>
      <div className="grid gap-1 p-3 sm:grid-cols-[14rem_1fr]">
        <dt className="font-semibold text-slate-700">Status</dt>
        <dd>
          <ProgramStatusBadge status={program.status} />
        </dd>
      </div>
      {rows.map(([label, value, lang]) => (
        <div key={label} className="grid gap-1 p-3 sm:grid-cols-[14rem_1fr]">
          <dt className="font-semibold text-slate-700">{label}</dt>
          <dd className="whitespace-pre-line break-words" lang={lang}>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
