import { hintBase } from '@/components/ui/styles';
import { FieldError } from './field-error';
import type { DepartmentGroup } from './types';
import { describedBy, errorId, hintId, programCheckboxId } from './values';

interface Props {
  legend: string;
  hint: string;
  error?: string;
  errorPrefix: string;
  groups: DepartmentGroup[];
  checked: ReadonlySet<string>;
  onToggle: (programId: string, checked: boolean) => void;
}

const NAME = 'programIds';

/** One checkbox per open program (value = program id), grouped by department. */
export function ProgramPicker({ legend, hint, error, errorPrefix, groups, checked, onToggle }: Props) {
  return (
    <fieldset
      aria-describedby={describedBy(hintId(NAME), error && errorId(NAME))}
      className={error ? 'border-l-4 border-red-700 pl-4' : undefined}
    >
      <legend>
        <h2 className="text-xl font-bold text-slate-900">{legend}</h2>
      </legend>
      <p id={hintId(NAME)} className={hintBase}>
        {hint}
      </p>
      <FieldError id={errorId(NAME)} message={error} prefix={errorPrefix} />
      <div className="mt-4 grid gap-4">
        {groups.map((group) => (
          <fieldset key={group.slug} className="rounded-lg border border-slate-300 bg-white p-4">
            <legend className="px-1 font-semibold text-slate-900">{group.name}</legend>
            <ul className="mt-1 grid gap-3">
              {group.programs.map((program) => {
                const id = programCheckboxId(program.slug);
                return (
                  <li key={program.id} className="flex items-start gap-3">
                    <input
                      id={id}
                      type="checkbox"
                      name={NAME}
                      value={program.id}
                      defaultChecked={checked.has(program.id)}
                      onChange={(e) => onToggle(program.id, e.currentTarget.checked)}
                      aria-invalid={error ? true : false}
                      aria-describedby={`${id}-kind`}
                      className="mt-0.5 h-6 w-6 flex-none cursor-pointer accent-brand-700"
                    />
                    <div>
                      <label htmlFor={id} className="cursor-pointer font-medium text-slate-900">
                        {program.title}
                      </label>
                      <span id={`${id}-kind`} className="block text-sm text-slate-700">
                        {program.kindLabel}
                      </span>
                    </div>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        ))}
      </div>
    </fieldset>
  );
}
