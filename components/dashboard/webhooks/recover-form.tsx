'use client';

import { useActionState } from 'react';
import { recoverFailedDeliveriesAction } from '@/app/actions/dashboard/webhooks/recover-failed-deliveries';
import { buttonSecondary, hintBase, inputBase, labelBase } from '@/components/ui/styles';
import { IDLE, type ActionResult } from '@/lib/auth/action-result';
import { describedBy, FieldError } from './field-error';

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
      <div>
        <label htmlFor={id} className={labelBase}>
          Failed since <span className="font-normal text-slate-700">(Puerto Rico time, AST)</span>
        </label>
        <span id={`${id}-hint`} className={hintBase}>
          Defaults to 24 hours ago.
        </span>
        <input
          id={id}
          name="since"
          type="datetime-local"
          required
          defaultValue={defaultSince}
          max={max}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, true, Boolean(error))}
          className={`${inputBase} mt-1.5 w-auto`}
        />
        <FieldError id={`${id}-error`} message={error} testId="since-error" />
      </div>
      <button type="submit" className={buttonSecondary} disabled={pending} data-testid="recover-submit">
        {pending ? 'Recovering…' : 'Recover failed deliveries'}
      </button>
      <p role="status" className={`text-sm ${state.status === 'error' ? 'font-semibold text-red-800' : 'font-semibold text-green-900'}`} data-testid="webhook-recover-result">
        {state.status === 'idle' ? '' : state.message}
      </p>
    </form>
  );
}
