'use client';

import type { Ref } from 'react';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { fieldId, fieldLabel } from './form-values';

/**
 * The form's problems at the top, each a link that moves focus to its field. Focused after a
 * failed submit so screen readers read it first.
 */
export function ErrorSummary({ title, errors, ref }: { title: string; errors: Record<string, string>; ref?: Ref<HTMLDivElement> }) {
  const { m } = useStaffI18n();
  const items = Object.entries(errors).filter(([field]) => field !== 'customHeaders' || !Object.keys(errors).some((k) => k.startsWith('header.')));
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="webhook-form-errors-title"
      className="rounded-lg border-4 border-red-700 bg-red-50 p-4"
      data-testid="form-errors"
    >
      <h3 id="webhook-form-errors-title" className="text-lg font-bold text-red-900">
        {title}
      </h3>
      {items.length > 0 ? (
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {items.map(([field, message]) => (
            <li key={field}>
              <a
                href={`#${fieldId(field)}`}
                className="font-semibold text-red-900 underline decoration-2"
                onClick={(e) => {
                  const el = document.getElementById(fieldId(field));
                  if (!el) return;
                  e.preventDefault();
                  el.focus();
                  el.scrollIntoView({ block: 'center' });
                }}
              >
                {fieldLabel(field, m)}: {message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
