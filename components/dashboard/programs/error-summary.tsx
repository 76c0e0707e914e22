'use client';

import type { Ref } from 'react';

export interface SummaryItem {
  id: string;
  message: string;
  label: string;
}

/**
 * The form's problems at the top, each a link that moves focus to its field (GOV.UK pattern).
 * Focused by the form after a failed submit, so screen readers read it first.
 */
export function ErrorSummary({ title, items, ref }: { title: string; items: SummaryItem[]; ref?: Ref<HTMLDivElement> }) {
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="form-error-title" className="rounded-lg border-4 border-red-700 bg-red-50 p-4 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-red-700" data-testid="form-errors">
      <h2 id="form-error-title" className="text-lg font-bold text-red-900">
        {title}
      </h2>
      {items.length > 0 ? (
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {items.map((i) => (
            <li key={i.id}>
              <a
                href={`#${i.id}`}
                className="font-semibold text-red-900 underline decoration-2 focus-visible:outline-3 focus-visible:outline-offset-2"
                onClick={(e) => {
                  const el = document.getElementById(i.id);
                  if (!el) return;
                  e.preventDefault();
                  el.focus();
                  el.scrollIntoView({ block: 'center' });
                }}
              >
                {i.label}: {i.message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
