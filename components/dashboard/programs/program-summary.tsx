import type { DepartmentProgram } from '@/db/queries/programs';
import type { Locale } from '@/lib/i18n/locale';
import { getMessages } from '@/lib/i18n/messages';
import type { StaffMessages } from '@/lib/i18n/staff';
import { ProgramStatusBadge } from './program-status-badge';

/** A program's texts, read-only (what staff see). Plain text: line breaks kept, nothing parsed. */
export function ProgramSummary({ program, locale, m }: { program: DepartmentProgram; locale: Locale; m: StaffMessages }) {
  const f = m.programs.fields;
  const rows: [string, string, string][] = [
    [f.titleEs, program.titleEs, 'es'],
    [f.summaryEs, program.summaryEs, 'es'],
    [f.descriptionEs, program.descriptionEs, 'es'],
    [f.titleEn, program.titleEn, 'en'],
    [f.summaryEn, program.summaryEn, 'en'],
    [f.descriptionEn, program.descriptionEn, 'en'],
  ];
  return (
    <dl className="max-w-3xl divide-y divide-slate-200 rounded-lg border-2 border-slate-200" data-testid="program-summary">
      <div className="grid gap-1 p-3 sm:grid-cols-[14rem_1fr]">
        <dt className="font-semibold text-slate-700">{m.programs.summary.kind}</dt>
        <dd>{getMessages(locale).kinds[program.kind]}</dd>
      </div>
      <div className="grid gap-1 p-3 sm:grid-cols-[14rem_1fr]">
        <dt className="font-semibold text-slate-700">{m.programs.summary.status}</dt>
        <dd>
          <ProgramStatusBadge status={program.status} m={m} />
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
