'use client';

import { useActionState, useEffect, useRef } from 'react';
import { rotateWebhookSecretAction, type RotatedSecret } from '@/app/actions/dashboard/webhooks/rotate-webhook-secret';
import { buttonPrimary, buttonSecondary } from '@/components/ui/styles';
import { IDLE, type ActionResult } from '@/lib/auth/action-result';
import { formatDateTime } from './format';
import { SecretOnce } from './secret-once';

/**
 * "Rotate secret" (admins): a native modal dialog asks first (Esc or Cancel closes it, focus
 * returns to the button); then the new secret is shown once, with when the old one stops working.
 */
export function RotateSecret({ dept, webhookId }: { dept: string; webhookId: string }) {
  const [state, action, pending] = useActionState(rotateWebhookSecretAction, IDLE as ActionResult<RotatedSecret>);
  const dialog = useRef<HTMLDialogElement>(null);
  const result = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.status === 'idle') return;
    dialog.current?.close();
    result.current?.focus();
  }, [state]);

  return (
    <div className="space-y-3" data-testid="rotate-secret">
      <button type="button" className={buttonSecondary} onClick={() => dialog.current?.showModal()} aria-haspopup="dialog" data-testid="rotate-secret-open">
        Rotate secret
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="rotate-dialog-title"
        aria-describedby="rotate-dialog-desc"
        className="m-auto max-w-lg rounded-lg border-2 border-slate-300 p-6 shadow-xl backdrop:bg-slate-900/50"
        data-testid="rotate-dialog"
      >
        <h2 id="rotate-dialog-title" className="text-xl font-bold text-brand-900">
          Rotate the secret?
        </h2>
        <p id="rotate-dialog-desc" className="mt-2 text-slate-800">
          A new secret is generated and used to sign every delivery from now on. For the next 24 hours deliveries also carry a signature made with the current
          secret, so the receiver keeps working until it is switched to the new one.
        </p>
        <form action={action} className="mt-5 flex flex-wrap gap-3">
          <input type="hidden" name="dept" value={dept} />
          <input type="hidden" name="webhookId" value={webhookId} />
          <button type="submit" className={buttonPrimary} disabled={pending} data-testid="rotate-secret-confirm">
            {pending ? 'Rotating…' : 'Rotate secret'}
          </button>
          <button type="button" className={buttonSecondary} onClick={() => dialog.current?.close()} data-testid="rotate-secret-cancel">
            Cancel
          </button>
        </form>
      </dialog>
      <div ref={result} tabIndex={-1} className="space-y-3" data-testid="rotate-result">
        <p role="status" className={state.status === 'error' ? 'font-semibold text-red-800' : 'font-semibold text-green-900'}>
          {state.status === 'ok' ? 'Secret rotated.' : state.status === 'error' ? state.message : ''}
        </p>
        {state.status === 'ok' && state.data ? (
          <SecretOnce secret={state.data.secret} id="webhook-rotated-secret">
            <p className="font-semibold text-amber-950" data-testid="previous-valid-until">
              The previous secret keeps working until {formatDateTime(state.data.previousValidUntil)}.
            </p>
          </SecretOnce>
        ) : null}
      </div>
    </div>
  );
}
