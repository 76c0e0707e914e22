'use client';

import { hintBase } from '@/components/ui/styles';
import { describedBy, FieldError } from '@/components/ui/field';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';

/** One checkbox with its label and an explanation underneath. */
export function CheckboxField(p: {
  id: string;
  name: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: React.ReactNode;
  error?: string;
}) {
  const { m } = useStaffI18n();
  return (
    <div>
      <div className="flex items-start gap-3">
        <input
          id={p.id}
          name={p.name}
          type="checkbox"
          checked={p.checked}
          onChange={(e) => p.onChange(e.target.checked)}
          aria-invalid={p.error ? true : undefined}
          aria-describedby={describedBy(p.id, Boolean(p.hint), Boolean(p.error))}
          className="mt-1.5 h-5 w-5 shrink-0 accent-brand-700"
        />
        <div>
          <label htmlFor={p.id} className="font-semibold text-slate-900">
            {p.label}
          </label>
          {p.hint ? (
            <span id={`${p.id}-hint`} className={hintBase}>
              {p.hint}
            </span>
          ) : null}
        </div>
      </div>
      <FieldError prefix={m.common.kit.errorPrefix} id={`${p.id}-error`} message={p.error} testId={`${p.name}-error`} />
    </div>
  );
}
