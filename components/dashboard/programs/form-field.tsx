'use client';

import { errorText, hintBase, inputBase, labelBase } from '@/components/ui/styles';

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

/** A labelled input or textarea; its hint and error are tied to it with aria-describedby. */
export function FormField(p: FormFieldProps) {
  const hintId = p.hint ? `${p.id}-hint` : undefined;
  const errorId = p.error ? `${p.id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const common = {
    id: p.id,
    name: p.name,
    value: p.value,
    required: p.required,
    minLength: p.minLength,
    maxLength: p.maxLength,
    lang: p.lang,
    autoComplete: p.autoComplete ?? 'off',
    spellCheck: p.spellCheck,
    'aria-invalid': p.error ? true : undefined,
    'aria-describedby': describedBy,
    'data-testid': p.testId,
    className: inputBase,
  } as const;
  return (
    <div>
      <label htmlFor={p.id} className={labelBase}>
        {p.label}
        {p.required ? null : <span className="font-normal text-slate-700"> (optional)</span>}
      </label>
      {p.hint ? (
        <span id={hintId} className={hintBase}>
          {p.hint}
        </span>
      ) : null}
      <div className="mt-1.5">
        {p.multiline ? (
          <textarea {...common} rows={p.rows ?? 4} onChange={(e) => p.onChange(e.target.value)} />
        ) : (
          <input {...common} type={p.type ?? 'text'} onChange={(e) => p.onChange(e.target.value)} />
        )}
      </div>
      {p.error ? (
        <p id={errorId} className={errorText} data-testid={`${p.name}-error`}>
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" className="mt-1 shrink-0">
            <circle cx="8" cy="8" r="7" fill="currentColor" />
            <path d="M8 4.5v4.2M8 11.2v.3" stroke="white" strokeWidth="2" strokeLinecap="round" />
          </svg>
          <span>
            <span className="sr-only">Error: </span>
            {p.error}
          </span>
        </p>
      ) : null}
    </div>
  );
}
