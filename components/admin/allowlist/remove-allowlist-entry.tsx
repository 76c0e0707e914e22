'use client';

import { useActionState, useEffect, useRef } from 'react';
import { removeAllowlistEntryAction } from '@/app/actions/admin/allowlist/remove-allowlist-entry';
import { buttonSecondary } from '@/components/ui/styles';
import { IDLE, type ActionResult } from '@/lib/auth/action-result';

const danger =
  'inline-flex items-center justify-center gap-2 rounded-md bg-red-700 px-5 py-2.5 text-base font-semibold text-white hover:bg-red-900 focus-visible:outline-3 focus-visible:outline-offset-3 focus-visible:outline-red-700 disabled:cursor-not-allowed disabled:opacity-70';

/** "Remove…" opens a native modal dialog that asks first (Esc or Cancel closes it, focus returns to the button). */
export function RemoveAllowlistEntry({ id, cidr }: { id: string; cidr: string }) {
  const [state, action, pending] = useActionState(removeAllowlistEntryAction, IDLE as ActionResult);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const titleId = `remove-${id}-title`;

  useEffect(() => {
    if (state.status === 'error') {
      dialog.current?.close();
      opener.current?.focus();
    }
  }, [state]);

  return (
    <div>
      <button ref={opener} type="button" className={`${buttonSecondary} px-3 py-1.5 text-sm`} onClick={() => dialog.current?.showModal()} aria-haspopup="dialog" data-testid="allowlist-remove-open">
        Remove<span className="sr-only"> {cidr}</span>…
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        aria-describedby={`${titleId}-desc`}
        className="m-auto max-w-lg rounded-lg border-2 border-slate-300 p-6 shadow-xl backdrop:bg-slate-900/50"
        onClose={() => opener.current?.focus()}
        data-testid="allowlist-remove-dialog"
      >
        <h2 id={titleId} className="text-xl font-bold text-brand-900">
          Remove <span className="font-mono">{cidr}</span>?
        </h2>
        <p id={`${titleId}-desc`} className="mt-2 text-slate-800">
          Webhooks stop reaching addresses in this range within 15 seconds; deliveries to them are then blocked and retried on the usual schedule.
        </p>
        <form action={action} className="mt-5 flex flex-wrap gap-3">
          <input type="hidden" name="id" value={id} />
          <button type="submit" className={danger} disabled={pending} data-testid="allowlist-remove-confirm">
            {pending ? 'Removing…' : 'Remove'}
          </button>
          <button type="button" className={buttonSecondary} onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </form>
      </dialog>
      {state.status === 'error' ? (
        <p role="alert" className="mt-2 font-semibold text-red-800">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
