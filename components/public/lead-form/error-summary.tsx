'use client';

import type { Ref } from 'react';

export interface SummaryItem {
  /** The id of the control to focus. */
  targetId: string;
  text: string;
}

interface Props {
  ref?: Ref<HTMLDivElement>;
  title: string;
  formError?: string;
  items: SummaryItem[];
}

/** Focus the field itself (not just scroll to it) when its link in the summary is followed. */
function focusTarget(e: React.MouseEvent<HTMLAnchorElement>, id: string) {
  const el = document.getElementById(id);
  if (!el) return;
  e.preventDefault();
  el.scrollIntoView({ block: 'center' });
  el.focus({ preventScroll: true });
}

/** The list of problems at the top of the form, each a link to its field. */
export function ErrorSummary({ ref, title, formError, items }: Props) {
  return (
    <div
      ref={ref}
      id="lead-error-summary"
      tabIndex={-1}
      role="alert"
      aria-labelledby="lead-error-summary-title"
      className="rounded-md border-4 border-red-700 bg-white p-5 focus-visible:outline-3 focus-visible:outline-offset-3"
    >
      <h2 id="lead-error-summary-title" className="text-xl font-bold text-red-800">
        {title}
      </h2>
      {formError && <p className="mt-2 font-semibold text-slate-900">{formError}</p>}
      {items.length > 0 && (
        <ul className="mt-3 list-disc space-y-1 pl-6">
          {items.map((item) => (
            <li key={item.targetId}>
              <a
                href={`#${item.targetId}`}
                onClick={(e) => focusTarget(e, item.targetId)}
                className="font-semibold text-red-800 underline decoration-2 underline-offset-2 hover:text-red-950"
              >
                {item.text}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
