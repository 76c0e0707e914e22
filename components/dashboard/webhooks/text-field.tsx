'use client';

import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { Field } from '@/components/ui/field';
import { inputBase } from '@/components/ui/styles';

interface TextFieldProps {
  id: string;
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: React.ReactNode;
  error?: string;
  optional?: boolean;
  type?: 'text' | 'url';
  maxLength?: number;
  placeholder?: string;
  mono?: boolean;
  /** 'numeric': a number typed as text (phone keypads show digits; the server validates). */
  inputMode?: 'numeric';
  /** Extra classes for the input (e.g. a narrower width). */
  inputClassName?: string;
}

/** A labelled text input of the webhook form, on the kit's Field. */
export function TextField(p: TextFieldProps) {
  const { m } = useStaffI18n();
  return (
    <Field
      id={p.id}
      label={p.label}
      labelNote={p.optional ? m.common.kit.optional : undefined}
      hint={p.hint}
      error={p.error}
      errorPrefix={m.common.kit.errorPrefix}
      errorTestId={`${p.name}-error`}
    >
      {(control) => (
        <input
          {...control}
          name={p.name}
          type={p.type ?? 'text'}
          value={p.value}
          onChange={(e) => p.onChange(e.target.value)}
          maxLength={p.maxLength}
          placeholder={p.placeholder}
          inputMode={p.inputMode}
          autoComplete="off"
          spellCheck={false}
          className={`${inputBase} ${p.mono ? 'font-mono text-sm' : ''} ${p.inputClassName ?? ''}`}
        />
      )}
    </Field>
  );
}
