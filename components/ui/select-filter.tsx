import { Field } from './field';
import { inputBase } from './styles';

/** The compact control style of a filter bar. */
export const filterControl = `${inputBase} py-1.5 text-sm`;

export interface SelectFilterOption {
  value: string;
  label: string;
}

export interface SelectFilterProps {
  id: string;
  name: string;
  label: React.ReactNode;
  labelNote?: React.ReactNode;
  /** The first option, meaning "no filter" (value ""), e.g. "Any status". */
  allLabel: string;
  value: string | null | undefined;
  options?: ReadonlyArray<SelectFilterOption>;
  /** Options (or optgroups) of one's own, after the "no filter" one, instead of `options`. */
  children?: React.ReactNode;
  className?: string;
  testId?: string;
}

/** One select of a GET filter form: a labelled "all or one of these" choice. */
export function SelectFilter({ id, name, label, labelNote, allLabel, value, options, children, className, testId }: SelectFilterProps) {
  return (
    <Field id={id} label={label} labelNote={labelNote} size="sm" className={className}>
      {(control) => (
        <select {...control} name={name} defaultValue={value ?? ''} className={filterControl} data-testid={testId}>
          <option value="">{allLabel}</option>
          {options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
          {children}
        </select>
      )}
    </Field>
  );
}
