import { hintBase } from '@/components/ui/styles';
import { FieldError } from './field-error';
import { describedBy, errorId, fieldId, hintId } from './values';

interface Props {
  label: string;
  hint: string;
  error?: string;
  errorPrefix: string;
  defaultChecked: boolean;
}

const NAME = 'consent';

/** The explicit consent checkbox; its label names the departments that will get the data. */
export function ConsentField({ label, hint, error, errorPrefix, defaultChecked }: Props) {
  return (
    <div className={error ? 'border-l-4 border-red-700 pl-4' : undefined}>
      <FieldError id={errorId(NAME)} message={error} prefix={errorPrefix} />
      <div className="mt-2 flex items-start gap-3">
        <input
          id={fieldId(NAME)}
          type="checkbox"
          name={NAME}
          value="on"
          defaultChecked={defaultChecked}
          aria-invalid={error ? true : false}
          aria-describedby={describedBy(hintId(NAME), error && errorId(NAME))}
          className="mt-0.5 h-6 w-6 flex-none cursor-pointer accent-brand-700"
        />
        <label htmlFor={fieldId(NAME)} className="cursor-pointer font-semibold text-slate-900">
          {label}
        </label>
      </div>
      <p id={hintId(NAME)} className={`${hintBase} ml-9`}>
        {hint}
      </p>
    </div>
  );
}
