import { inputBase } from '@/components/ui/styles';
import { FieldShell, type FieldShellProps } from './field-shell';
import { describedBy, errorId, fieldId, hintId } from './values';

interface Props extends FieldShellProps {
  defaultValue: string;
  maxLength: number;
  rows?: number;
}

export function TextareaField({ defaultValue, maxLength, rows = 5, ...shell }: Props) {
  const { name, hint, error } = shell;
  return (
    <FieldShell {...shell}>
      <textarea
        id={fieldId(name)}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        maxLength={maxLength}
        aria-invalid={error ? true : false}
        aria-describedby={describedBy(hint && hintId(name), error && errorId(name))}
        className={`${inputBase} resize-y`}
      />
    </FieldShell>
  );
}
