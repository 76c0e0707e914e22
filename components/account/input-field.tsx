'use client';

import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { Field } from '@/components/ui/field';
import { inputBase } from '@/components/ui/styles';

interface InputFieldProps {
  id: string;
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password';
  autoComplete?: string;
  hint?: string;
  error?: string;
  /** Controlled value: React resets a form after its action, so fields worth keeping are controlled. */
  value?: string;
  onChange?: (value: string) => void;
  maxLength?: number;
  readOnly?: boolean;
}

/**
 * A labelled input for the people forms (account, invitation, members), on the kit's Field.
 * Passwords stay uncontrolled: they are cleared after a submit.
 */
export function InputField(p: InputFieldProps) {
  const { m } = useStaffI18n();
  return (
    <Field id={p.id} label={p.label} hint={p.hint} error={p.error} errorPrefix={m.common.kit.errorPrefix} errorTestId={`${p.name}-error`}>
      {(control) => (
        <input
          {...control}
          name={p.name}
          type={p.type ?? 'text'}
          autoComplete={p.autoComplete ?? 'off'}
          value={p.value}
          onChange={p.onChange ? (e) => p.onChange!(e.target.value) : undefined}
          maxLength={p.maxLength}
          readOnly={p.readOnly}
          spellCheck={false}
          className={`${inputBase} ${p.readOnly ? 'bg-slate-100' : ''}`}
          data-testid={`${p.name}-input`}
        />
      )}
    </Field>
  );
}
