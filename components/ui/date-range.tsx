import { Field, type FieldControlProps } from './field';
import { filterControl } from './select-filter';

export interface DateRangeProps {
  /** Ids become `${idPrefix}-from` and `${idPrefix}-to`. */
  idPrefix: string;
  fromLabel: React.ReactNode;
  toLabel: React.ReactNode;
  /** Quieter words in both labels, e.g. the time zone the days are counted in. */
  note?: React.ReactNode;
  from: string | null | undefined;
  to: string | null | undefined;
  fromName?: string;
  toName?: string;
  /** Classes for each of the two cells (they sit in the caller's grid). */
  className?: string;
  /** The format shown in the empty inputs, in the screen's language ("AAAA-MM-DD"). */
  placeholder?: string;
}

/**
 * A first and last day (inclusive, `YYYY-MM-DD`) for a GET filter form, as two labelled inputs
 * in the app's own format rather than the browser's date picker, whose order and month names
 * follow the browser's locale instead of the screen's. The server reads them with
 * lib/time.ts (parseLocalDate) and names any it had to ignore.
 */
export function DateRange({ idPrefix, fromLabel, toLabel, note, from, to, fromName = 'from', toName = 'to', className, placeholder }: DateRangeProps) {
  const input = (control: FieldControlProps, name: string, value: string | null | undefined) => (
    <input
      {...control}
      type="text"
      name={name}
      defaultValue={value ?? ''}
      placeholder={placeholder}
      autoComplete="off"
      spellCheck={false}
      maxLength={10}
      className={`${filterControl} font-mono`}
    />
  );
  return (
    <>
      <Field id={`${idPrefix}-from`} label={fromLabel} labelNote={note} size="sm" className={className}>
        {(control) => input(control, fromName, from)}
      </Field>
      <Field id={`${idPrefix}-to`} label={toLabel} labelNote={note} size="sm" className={className}>
        {(control) => input(control, toName, to)}
      </Field>
    </>
  );
}
