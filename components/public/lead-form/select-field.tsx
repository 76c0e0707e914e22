import { inputBase } from '@/components/ui/styles';
import { FieldShell, type FieldShellProps } from './field-shell';
import { describedBy, errorId, fieldId, hintId } from './values';

interface Props extends FieldShellProps {
  defaultValue: string;
  placeholder: string;
  options: readonly { value: string; label: string }[];
  autoComplete?: string;
}

/** A <select> with an empty "choose one" first option; unknown defaults fall back to it. */
export function SelectField({ defaultValue, placeholder, options, autoComplete, ...shell }: Props) {
  const { name, hint, error } = shell;
  const initial = options.some((o) => o.value === defaultValue) ? defaultValue : '';
  return (
    <FieldShell {...shell}>
      <select
        id={fieldId(name)}
        name={name}
        defaultValue={initial}
        autoComplete={autoComplete}
        aria-invalid={error ? true : false}
        aria-describedby={describedBy(hint && hintId(name), error && errorId(name))}
        className={`${inputBase} sm:max-w-md`}
      >
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
