'use client';

import Link from 'next/link';
import { useId, useState } from 'react';
import { buttonPrimary, buttonSecondary, textLink } from './styles';

export interface FilterBarProps {
  /** The page the GET form submits to; "clear" links back to it without a query. */
  action: string;
  /** The form's name for screen readers (visually hidden; the toggle names it on a phone). */
  heading: string;
  headingId: string;
  headingLevel?: 2 | 3;
  /** The phone's disclosure button, e.g. "Filters (2 active)". */
  toggleLabel: React.ReactNode;
  /** How many filters the page has applied: the bar starts open on a phone when any is. */
  activeCount: number;
  applyLabel: string;
  applyTestId?: string;
  clearLabel: string;
  /** Shown under the fields, e.g. which query parameters were not valid and were ignored. */
  notice?: React.ReactNode;
  noticeTestId?: string;
  testId?: string;
  /** The fields, as cells of a grid that has 2 columns from `sm` and 6 from `lg`. */
  children: React.ReactNode;
  /** Grid span classes for the buttons' cell, after the fields. */
  actionsClassName?: string;
}

/**
 * A filter form as a plain GET form, so it works without JavaScript and the URL can be shared.
 * On a narrow screen the fields hide behind a button (aria-expanded) so the results are on the
 * first screen; they start open when a filter is applied. From `md` up they are always shown.
 */
export function FilterBar({
  action,
  heading,
  headingId,
  headingLevel = 2,
  toggleLabel,
  activeCount,
  applyLabel,
  applyTestId,
  clearLabel,
  notice,
  noticeTestId,
  testId,
  children,
  actionsClassName = 'sm:col-span-2 lg:col-span-4',
}: FilterBarProps) {
  const [open, setOpen] = useState(activeCount > 0);
  const panelId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <form method="get" action={action} className="rounded-lg border-2 border-slate-200 bg-slate-50 p-4" aria-labelledby={headingId} data-testid={testId}>
      <Heading id={headingId} className="sr-only">
        {heading}
      </Heading>
      <button
        type="button"
        className={`${buttonSecondary} w-full justify-between px-3 py-1.5 text-sm md:hidden`}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        data-testid={testId ? `${testId}-toggle` : undefined}
      >
        <span>{toggleLabel}</span>
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" className={`shrink-0 transition-transform ${open ? 'rotate-180' : ''}`}>
          <path d="M3.5 6l4.5 4.5L12.5 6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </button>
      <div id={panelId} className={open ? 'max-md:mt-3' : 'max-md:hidden'}>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6">
          {children}
          <div className={`flex items-end gap-4 ${actionsClassName}`}>
            <button type="submit" className={`${buttonPrimary} py-1.5`} data-testid={applyTestId}>
              {applyLabel}
            </button>
            <Link href={action} className={textLink}>
              {clearLabel}
            </Link>
          </div>
        </div>
      </div>
      {notice ? (
        <p className="mt-3 text-sm text-amber-900" data-testid={noticeTestId}>
          {notice}
        </p>
      ) : null}
    </form>
  );
}
