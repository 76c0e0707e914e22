'use client';

import { useActionState, useEffect, useRef } from 'react';
import { rotateWebhookSecretAction, type RotatedSecret } from '@/app/actions/dashboard/webhooks/rotate-webhook-secret';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { IDLE, type ActionResult } from '@/lib/auth/action-result';
import { formatDateTime } from '@/lib/time';
import { SecretOnce } from './secret-once';

/**
 * Rotating the secret (admins): a modal dialog asks first; then the new secret is shown once, with
 * when the old one stops working.
 */
export function RotateSecret({ dept, webhookId }: { dept: string; webhookId: string }) {
  const [state, action, pending] = useActionState(rotateWebhookSecretAction, IDLE as ActionResult<RotatedSecret>);
  const result = useRef<HTMLDivElement>(null);
  const { m } = useStaffI18n();
  const t = m.webhooks.secret;

  // The dialog closes itself on a new state; then the outcome is read first.
  useEffect(() => {
    if (state.status !== 'idle') result.current?.focus();
  }, [state]);

  return (
    <div className="space-y-3" data-testid="rotate-secret">
      <ConfirmDialog
        openLabel={t.rotate}
        openTestId="rotate-secret-open"
        title={t.rotateTitle}
        description={t.rotateDescription}
        action={action}
        pending={pending}
        tone="primary"
        confirmLabel={t.rotate}
        busyLabel={t.rotating}
        cancelLabel={m.common.kit.cancel}
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
          {state.status === 'ok' ? t.rotated : state.status === 'error' ? state.message : ''}
        </p>
        {state.status === 'ok' && state.data ? (
          <SecretOnce secret={state.data.secret} id="webhook-rotated-secret">
            <p className="font-semibold text-amber-950" data-testid="previous-valid-until">
              {t.previousWorks(formatDateTime(state.data.previousValidUntil))}
            </p>
          </SecretOnce>
        ) : null}
      </div>
    </div>
  );
}
