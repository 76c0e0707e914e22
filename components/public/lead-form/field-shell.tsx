import { hintBase, labelBase } from '@/components/ui/styles';
import { FieldError } from './field-error';
import { errorId, fieldId, hintId } from './values';

export interface FieldShellProps {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  errorPrefix: string;
  /** Shown after the label, e.g. "(opcional)". */
  optionalLabel?: string;
}

/** Label, hint, error and the control, stacked; a red bar marks a field with an error. */
export function FieldShell({ name, label, hint, error, errorPrefix, optionalLabel, children }: FieldShellProps & { children: React.ReactNode }) {
  return (
    <div className={error ? 'border-l-4 border-red-700 pl-4' : undefined}>
      <label htmlFor={fieldId(name)} className={labelBase}>
        {label}
        {optionalLabel && <span className="font-normal text-slate-700"> {optionalLabel}</span>}
      </label>
      {hint && (
        <span id={hintId(name)} className={hintBase}>
          {hint}
        </span>
      )}
      <FieldError id={errorId(name)} message={error} prefix={errorPrefix} />
      <div className="mt-1.5">{children}</div>
    </div>
  );
}
