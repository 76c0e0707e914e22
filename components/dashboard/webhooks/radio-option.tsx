'use client';

import { hintBase } from '@/components/ui/styles';

/** One radio button of a fieldset, with its label and an optional explanation. */
export function RadioOption(p: {
  id: string;
  name: string;
  value: string;
  checked: boolean;
  onSelect: () => void;
  label: React.ReactNode;
  hint?: React.ReactNode;
  invalid?: boolean;
  errorId?: string;
}) {
  const hintId = p.hint ? `${p.id}-hint` : null;
  const described = [hintId, p.invalid && p.errorId ? p.errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="flex items-start gap-3">
      <input
        id={p.id}
        type="radio"
        name={p.name}
        value={p.value}
        checked={p.checked}
        onChange={p.onSelect}
        aria-describedby={described}
        className="mt-1.5 h-5 w-5 shrink-0 accent-brand-700"
      />
      <div>
        <label htmlFor={p.id} className="font-semibold text-slate-900">
          {p.label}
        </label>
        {p.hint ? (
          <span id={hintId ?? undefined} className={hintBase}>
            {p.hint}
          </span>
        ) : null}
      </div>
    </div>
  );
}
