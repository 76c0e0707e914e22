import { StatusIcon } from './icons';
import { errorText, hintBase, labelBase } from './styles';

/**
 * A form field's label, hint and error, tied to its control with aria-describedby, around
 * any control (input, select, textarea). Every text comes from the caller, including the
 * visually hidden word read before an error ("Error:"), so the screen can be translated.
 */

/** The aria-describedby value for a field with an optional hint and error. */
export function describedBy(id: string, hint: boolean, error: boolean): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

/** An error under a field; its id is what the field's aria-describedby points at. */
export function FieldError({ id, message, prefix, testId }: { id: string; message?: string; prefix: string; testId?: string }) {
  if (!message) return null;
  return (
    <p id={id} className={errorText} data-testid={testId}>
      <StatusIcon name="alert" className="mt-1 shrink-0" />
      <span>
        <span className="sr-only">{prefix} </span>
        {message}
      </span>
    </p>
  );
}

/** What a field hands its control: spread it on the input, select or textarea. */
export interface FieldControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

/** A field that may show an error must say what screen readers read before it. */
type ErrorProps = { error?: undefined; errorPrefix?: string } | { error: string | undefined; errorPrefix: string };

export type FieldProps = ErrorProps & {
  id: string;
  label: React.ReactNode;
  /** Quieter words inside the label, e.g. "(optional)" or "(day, AST)": part of the field's name. */
  labelNote?: React.ReactNode;
  hint?: React.ReactNode;
  errorTestId?: string;
  /** 'sm': a smaller label right above the control, for filter bars. */
  size?: 'md' | 'sm';
  className?: string;
  children: (control: FieldControlProps) => React.ReactNode;
};

export function Field({ id, label, labelNote, hint, error, errorPrefix, errorTestId, size = 'md', className, children }: FieldProps) {
  const control: FieldControlProps = {
    id,
    'aria-describedby': describedBy(id, Boolean(hint), Boolean(error)),
    'aria-invalid': error ? true : undefined,
  };
  return (
    <div className={className}>
      <label htmlFor={id} className={size === 'sm' ? `${labelBase} text-sm` : labelBase}>
        {label}
        {labelNote ? <span className="font-normal text-slate-700"> {labelNote}</span> : null}
      </label>
      {hint ? (
        <span id={`${id}-hint`} className={hintBase}>
          {hint}
        </span>
      ) : null}
      {size === 'sm' ? children(control) : <div className="mt-1.5">{children(control)}</div>}
      <FieldError id={`${id}-error`} message={error} prefix={errorPrefix ?? ''} testId={errorTestId} />
    </div>
  );
}
