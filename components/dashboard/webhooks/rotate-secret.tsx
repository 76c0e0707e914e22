'use client';

import { useActionState, useEffect, useRef } from 'react';
import { rotateWebhookSecretAction, type RotatedSecret } from '@/app/actions/dashboard/webhooks/rotate-webhook-secret';
import { KIT_TEXTS } from '@/components/dashboard/kit-texts';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { IDLE, type ActionResult } from '@/lib/auth/action-result';
import { formatDateTime } from '@/lib/time';
import { SecretOnce } from './secret-once';

/**
 * "Rotate secret" (admins): a modal dialog asks first; then the new secret is shown once, with
 * when the old one stops working.
 */
export function RotateSecret({ dept, webhookId }: { dept: string; webhookId: string }) {
  const [state, action, pending] = useActionState(rotateWebhookSecretAction, IDLE as ActionResult<RotatedSecret>);
  const result = useRef<HTMLDivElement>(null);

  // The dialog closes itself on a new state; then the outcome is read first.
  useEffect(() => {
    if (state.status !== 'idle') result.current?.focus();
  }, [state]);

  return (
    <div className="space-y-3" data-testid="rotate-secret">
      <ConfirmDialog
        openLabel="Rotate secret"
        openTestId="rotate-secret-open"
        title="Rotate the secret?"
        description="A new secret is generated and used to sign every delivery from now on. For the next 24 hours deliveries also carry a signature made with the current secret, so the receiver keeps working until it is switched to the new one."
        action={action}
        pending={pending}
        tone="primary"
        confirmLabel="Rotate secret"
        busyLabel="Rotating…"
        cancelLabel={KIT_TEXTS.cancel}
        closeOn={state}
        returnFocus={false}
        testId="rotate-dialog"
        confirmTestId="rotate-secret-confirm"
        cancelTestId="rotate-secret-cancel"
      >
        <input type="hidden" name="dept" value={dept} />
        <input type="hidden" name="webhookId" value={webhookId} />
      </ConfirmDialog>
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
