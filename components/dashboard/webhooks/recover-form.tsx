'use client';

import { useActionState } from 'react';
import { recoverFailedDeliveriesAction } from '@/app/actions/dashboard/webhooks/recover-failed-deliveries';
import { buttonSecondary, inputBase } from '@/components/ui/styles';
import { IDLE, type ActionResult } from '@/lib/auth/action-result';
import { Field } from '@/components/ui/field';
import { KIT_TEXTS } from '@/components/dashboard/kit-texts';

/** "Recover failed deliveries since…" (admins): one more attempt for each delivery that gave up. */
export function RecoverForm({ dept, webhookId, defaultSince, max }: { dept: string; webhookId: string; defaultSince: string; max: string }) {
  const [state, action, pending] = useActionState(recoverFailedDeliveriesAction, IDLE as ActionResult<{ count: number }>);
  const error = state.status === 'error' ? state.fieldErrors?.since : undefined;
  const id = 'webhook-recover-since';
  return (
    <form action={action} noValidate className="space-y-3" aria-labelledby="webhook-recover-title" data-testid="webhook-recover-form">
      <h2 id="webhook-recover-title" className="text-lg font-bold text-brand-900">
        Recover failed deliveries
      </h2>
      <p className="text-sm text-slate-700">
        Every delivery that <strong>failed</strong> (ran out of retries) since the time below gets one more attempt now, with its original webhook-id so the receiver can
        de-duplicate.
      </p>
      <input type="hidden" name="dept" value={dept} />
      <input type="hidden" name="webhookId" value={webhookId} />
      <Field
        id={id}
        label="Failed since"
        labelNote="(Puerto Rico time, AST)"
        hint="Defaults to 24 hours ago."
        error={error}
        errorPrefix={KIT_TEXTS.errorPrefix}
        errorTestId="since-error"
      >
        {(control) => <input {...control} name="since" type="datetime-local" required defaultValue={defaultSince} max={max} className={`${inputBase} w-auto`} />}
      </Field>
      <button type="submit" className={buttonSecondary} disabled={pending} data-testid="recover-submit">
        {pending ? 'Recovering…' : 'Recover failed deliveries'}
      </button>
      <p role="status" className={`text-sm ${state.status === 'error' ? 'font-semibold text-red-800' : 'font-semibold text-green-900'}`} data-testid="webhook-recover-result">
        {state.status === 'idle' ? '' : state.message}
      </p>
    </form>
  );
}
