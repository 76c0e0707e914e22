'use client';

import { hintBase, inputBase, labelBase } from '@/components/ui/styles';
import { describedBy, FieldError } from '@/components/dashboard/webhooks/field-error';

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
 * A labelled input for the people forms (account, invitation, members); hint and
 * error are tied to it with aria-describedby. Passwords stay uncontrolled: they are cleared after a submit.
 */
export function InputField(p: InputFieldProps) {
  return (
    <div>
      <label htmlFor={p.id} className={labelBase}>
        {p.label}
      </label>
      {p.hint ? (
        <span id={`${p.id}-hint`} className={hintBase}>
          {p.hint}
        </span>
      ) : null}
      <input
        id={p.id}
        name={p.name}
        type={p.type ?? 'text'}
        autoComplete={p.autoComplete ?? 'off'}
        value={p.value}
        onChange={p.onChange ? (e) => p.onChange!(e.target.value) : undefined}
        maxLength={p.maxLength}
        readOnly={p.readOnly}
        spellCheck={false}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={describedBy(p.id, Boolean(p.hint), Boolean(p.error))}
        className={`${inputBase} mt-1.5 ${p.readOnly ? 'bg-slate-100' : ''}`}
        data-testid={`${p.name}-input`}
      />
      <FieldError id={`${p.id}-error`} message={p.error} testId={`${p.name}-error`} />
    </div>
  );
}
