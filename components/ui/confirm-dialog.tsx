'use client';

import { useEffect, useId, useRef } from 'react';
import { buttonDanger, buttonPrimary, buttonSecondary } from './styles';

export interface ConfirmDialogProps {
  /** The button that opens the dialog (its text may hold visually hidden words naming the target). */
  openLabel: React.ReactNode;
  openClassName?: string;
  openTestId?: string;
  title: React.ReactNode;
  description: React.ReactNode;
  /** The server action the confirm button submits. */
  action: (formData: FormData) => void;
  pending: boolean;
  confirmLabel: string;
  /** The confirm button's text while the action runs, e.g. "Removing…". */
  busyLabel: string;
  cancelLabel: string;
  /** 'danger' for what cannot be undone. */
  tone?: 'danger' | 'primary';
  /** The form's own inputs, e.g. hidden ids; placed before the buttons. */
  children?: React.ReactNode;
  /** Closes the dialog whenever this changes after the first render (pass the action's state). */
  closeOn?: unknown;
  /** Focus the opening button when the dialog closes (default); off when the caller moves focus itself. */
  returnFocus?: boolean;
  testId?: string;
  confirmTestId?: string;
  cancelTestId?: string;
}

/**
 * "Are you sure?" as a native modal dialog: Esc or Cancel closes it, focus stays inside while
 * open and returns to the opening button after. Every text comes from the caller.
 */
export function ConfirmDialog({
  openLabel,
  openClassName = buttonSecondary,
  openTestId,
  title,
  description,
  action,
  pending,
  confirmLabel,
  busyLabel,
  cancelLabel,
  tone = 'danger',
  children,
  closeOn,
  returnFocus = true,
  testId,
  confirmTestId,
  cancelTestId,
}: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const first = useRef(closeOn);
  const titleId = useId();
  const descId = `${titleId}-desc`;

  useEffect(() => {
    if (closeOn === first.current) return;
    dialog.current?.close();
  }, [closeOn]);

  return (
    <>
      <button ref={opener} type="button" className={openClassName} onClick={() => dialog.current?.showModal()} aria-haspopup="dialog" data-testid={openTestId}>
        {openLabel}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        aria-describedby={descId}
        className="m-auto max-w-lg rounded-lg border-2 border-slate-300 p-6 shadow-xl backdrop:bg-slate-900/50"
        onClose={returnFocus ? () => opener.current?.focus() : undefined}
        data-testid={testId}
      >
        <h2 id={titleId} className="text-xl font-bold text-brand-900">
          {title}
        </h2>
        <p id={descId} className="mt-2 text-slate-800">
          {description}
        </p>
        <form action={action} className="mt-5 flex flex-wrap gap-3">
          {children}
          <button type="submit" className={tone === 'danger' ? buttonDanger : buttonPrimary} disabled={pending} data-testid={confirmTestId}>
            {pending ? busyLabel : confirmLabel}
          </button>
          <button type="button" className={buttonSecondary} onClick={() => dialog.current?.close()} data-testid={cancelTestId}>
            {cancelLabel}
          </button>
        </form>
      </dialog>
    </>
  );
}
