'use client';

import type { WebhookProgramOption } from '@/db/queries/webhooks';
import { FieldError } from '@/components/ui/field';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { RadioOption } from './radio-option';

/** Which of the department's programs' leads this webhook receives. */
export function ProgramsFieldset(p: {
  programs: WebhookProgramOption[];
  mode: 'all' | 'chosen';
  programIds: string[];
  onMode: (m: 'all' | 'chosen') => void;
  onProgramIds: (ids: string[]) => void;
  error?: string;
}) {
  const { m } = useStaffI18n();
  const t = m.webhooks.form;
  const errorId = 'webhook-programs-error';
  const invalid = Boolean(p.error);
  return (
    <fieldset className="space-y-3 rounded-lg border-2 border-slate-200 p-4" aria-describedby={invalid ? errorId : undefined} data-testid="programs-fieldset">
      <legend className="px-1 text-lg font-bold text-brand-900">{t.programsLegend}</legend>
      <RadioOption
        id="webhook-programs-all"
        name="programsMode"
        value="all"
        checked={p.mode === 'all'}
        onSelect={() => p.onMode('all')}
        label={t.programsAll}
        hint={t.programsAllHint}
        invalid={invalid}
        errorId={errorId}
      />
      <RadioOption
        id="webhook-programs-chosen"
        name="programsMode"
        value="chosen"
        checked={p.mode === 'chosen'}
        onSelect={() => p.onMode('chosen')}
        label={t.programsChosen}
        invalid={invalid}
        errorId={errorId}
      />
      {p.mode === 'chosen' ? (
        <fieldset className="ml-8 space-y-2 border-l-4 border-slate-200 pl-4">
          <legend className="font-semibold text-slate-900">{t.programs}</legend>
          {p.programs.length === 0 ? <p className="text-slate-700">{t.noPrograms}</p> : null}
          {p.programs.map((program) => {
            const id = `webhook-program-${program.id}`;
            const checked = p.programIds.includes(program.id);
            return (
              <div key={program.id} className="flex items-start gap-3">
                <input
                  id={id}
                  type="checkbox"
                  name="programIds"
                  value={program.id}
                  checked={checked}
                  onChange={() => p.onProgramIds(checked ? p.programIds.filter((x) => x !== program.id) : [...p.programIds, program.id])}
                  aria-invalid={invalid ? true : undefined}
                  aria-describedby={invalid ? errorId : undefined}
                  className="mt-1.5 h-5 w-5 shrink-0 accent-brand-700"
                />
                <label htmlFor={id} className="text-slate-900">
                  {program.title}
                  {program.status === 'closed' ? <span className="text-slate-700">{t.closed}</span> : null}
                </label>
              </div>
            );
          })}
        </fieldset>
      ) : null}
      <FieldError prefix={m.common.kit.errorPrefix} id={errorId} message={p.error} testId="programIds-error" />
    </fieldset>
  );
}
