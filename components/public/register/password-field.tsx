import { inputBase } from '@/components/ui/styles';
import { FieldShell, type FieldShellProps } from '../lead-form/field-shell';
import { describedBy, errorId, fieldId, hintId } from '../lead-form/values';

interface Props extends FieldShellProps {
  maxLength: number;
  autoComplete: 'new-password';
}

/** A labelled password input. It never gets a default value: passwords are not sent back. */
export function PasswordField({ maxLength, autoComplete, ...shell }: Props) {
  const { name, hint, error } = shell;
  return (
    <FieldShell {...shell}>
      <input
        id={fieldId(name)}
        name={name}
        type="password"
        defaultValue=""
        maxLength={maxLength}
        autoComplete={autoComplete}
        spellCheck={false}
        aria-invalid={error ? true : false}
        aria-describedby={describedBy(hint && hintId(name), error && errorId(name))}
        className={`${inputBase} sm:max-w-md`}
      />
    </FieldShell>
  );
}
