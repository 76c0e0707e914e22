'use client';

import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { Field } from '@/components/ui/field';
import { inputBase } from '@/components/ui/styles';

interface FormFieldProps {
  id: string;
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  multiline?: boolean;
  rows?: number;
  required?: boolean;
  minLength?: number;
  maxLength?: number;
  type?: 'text' | 'url';
  lang?: string;
  autoComplete?: string;
  spellCheck?: boolean;
  testId?: string;
}

/** A labelled input or textarea of the program form, on the kit's Field. */
export function FormField(p: FormFieldProps) {
  const { kit } = useStaffI18n().m.common;
  return (
    <Field
      id={p.id}
      label={p.label}
      labelNote={p.required ? undefined : kit.optional}
      hint={p.hint}
      error={p.error}
      errorPrefix={kit.errorPrefix}
      errorTestId={`${p.name}-error`}
    >
      {(control) => {
        const common = {
          ...control,
          name: p.name,
          value: p.value,
          required: p.required,
          minLength: p.minLength,
          maxLength: p.maxLength,
          lang: p.lang,
          autoComplete: p.autoComplete ?? 'off',
          spellCheck: p.spellCheck,
          'data-testid': p.testId,
          className: inputBase,
        };
        return p.multiline ? (
          <textarea {...common} rows={p.rows ?? 4} onChange={(e) => p.onChange(e.target.value)} />
        ) : (
          <input {...common} type={p.type ?? 'text'} onChange={(e) => p.onChange(e.target.value)} />
        );
      }}
    </Field>
  );
}
