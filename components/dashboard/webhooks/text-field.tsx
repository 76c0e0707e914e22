'use client';

import { hintBase, inputBase, labelBase } from '@/components/ui/styles';
import { describedBy, FieldError } from './field-error';

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

/** A labelled text input; hint and error tied to it with aria-describedby. */
export function TextField(p: TextFieldProps) {
  return (
    <div>
      <label htmlFor={p.id} className={labelBase}>
        {p.label}
        {p.optional ? <span className="font-normal text-slate-700"> (optional)</span> : null}
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
        value={p.value}
        onChange={(e) => p.onChange(e.target.value)}
        maxLength={p.maxLength}
        placeholder={p.placeholder}
        inputMode={p.inputMode}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={describedBy(p.id, Boolean(p.hint), Boolean(p.error))}
        className={`${inputBase} mt-1.5 ${p.mono ? 'font-mono text-sm' : ''} ${p.inputClassName ?? ''}`}
      />
      <FieldError id={`${p.id}-error`} message={p.error} testId={`${p.name}-error`} />
    </div>
  );
}
