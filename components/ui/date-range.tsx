import { Field } from './field';
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
}

/** A first and last day (inclusive, `YYYY-MM-DD`) for a GET filter form, as two labelled date inputs. */
export function DateRange({ idPrefix, fromLabel, toLabel, note, from, to, fromName = 'from', toName = 'to', className }: DateRangeProps) {
  return (
    <>
      <Field id={`${idPrefix}-from`} label={fromLabel} labelNote={note} size="sm" className={className}>
        {(control) => <input {...control} type="date" name={fromName} defaultValue={from ?? ''} className={filterControl} />}
      </Field>
      <Field id={`${idPrefix}-to`} label={toLabel} labelNote={note} size="sm" className={className}>
        {(control) => <input {...control} type="date" name={toName} defaultValue={to ?? ''} className={filterControl} />}
      </Field>
    </>
  );
}
