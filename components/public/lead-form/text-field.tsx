import { inputBase } from '@/components/ui/styles';
import { FieldShell, type FieldShellProps } from './field-shell';
import { describedBy, errorId, fieldId, hintId } from './values';

interface Props extends FieldShellProps {
  defaultValue: string;
  maxLength: number;
  type?: 'text' | 'email' | 'tel';
  autoComplete?: string;
  inputMode?: React.HTMLAttributes<HTMLInputElement>['inputMode'];
  className?: string;
}

export function TextField({ defaultValue, maxLength, type = 'text', autoComplete, inputMode, className, ...shell }: Props) {
  const { name, hint, error } = shell;
  return (
    <FieldShell {...shell}>
      <input
        id={fieldId(name)}
        name={name}
        type={type}
        defaultValue={defaultValue}
        maxLength={maxLength}
        autoComplete={autoComplete}
        inputMode={inputMode}
        spellCheck={type === 'text' ? undefined : false}
        aria-invalid={error ? true : false}
        aria-describedby={describedBy(hint && hintId(name), error && errorId(name))}
        className={`${inputBase} ${className ?? ''}`}
      />
    </FieldShell>
  );
}
