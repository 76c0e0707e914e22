'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useActionState, useEffect } from 'react';
import { recoverFailedAction } from '@/app/actions/dashboard/deliveries/recover-failed';
import { KIT_TEXTS } from '@/components/dashboard/kit-texts';
import { Field } from '@/components/ui/field';
import { buttonSecondary, inputBase } from '@/components/ui/styles';
import { IDLE, type ActionResult } from '@/lib/auth/action-result';
import { deliveryKeys } from './api';

/** Admins: one more attempt for every failed delivery of this webhook since a time (Svix's "recover"). */
export function RecoverForm({ dept, webhookId, defaultSince, maxSince }: { dept: string; webhookId: string; defaultSince: string; maxSince: string }) {
  const [state, action, pending] = useActionState(recoverFailedAction, IDLE as ActionResult<{ count: number }>);
  const queryClient = useQueryClient();
  useEffect(() => {
    if (state.status === 'ok') void queryClient.invalidateQueries({ queryKey: deliveryKeys.all(dept) });
  }, [state, dept, queryClient]);
  const sinceError = state.status === 'error' ? state.fieldErrors?.since : undefined;
  return (
    <form action={action} className="space-y-3 rounded-lg border-2 border-slate-200 p-4" aria-labelledby="recover-heading" data-testid="recover-form">
      <h2 id="recover-heading" className="text-lg font-bold text-brand-900">
        Recover failed deliveries
      </h2>
      <p className="text-sm text-slate-700">
        Every delivery to this webhook that <strong>failed</strong> (ran out of retries) since the time below gets one more attempt now, under its original webhook-id so
        the receiver can de-duplicate. Use it once the receiver is fixed.
      </p>
      <input type="hidden" name="dept" value={dept} />
      <input type="hidden" name="webhookId" value={webhookId} />
      <div className="flex flex-wrap items-end gap-3">
        <Field id="recover-since" label="Failed since" labelNote="(AST)" hint="Up to 30 days back." error={sinceError} errorPrefix={KIT_TEXTS.errorPrefix}>
          {(control) => <input {...control} name="since" type="datetime-local" required defaultValue={defaultSince} max={maxSince} className={`${inputBase} w-auto`} />}
        </Field>
        <button type="submit" className={buttonSecondary} disabled={pending} data-testid="recover-button">
          {pending ? 'Recovering…' : 'Recover failed deliveries'}
        </button>
      </div>
      <p role="status" className={`text-sm ${state.status === 'error' ? 'font-semibold text-red-800' : 'text-green-800'}`} data-testid="recover-result" data-result={state.status}>
        {state.status === 'idle' ? '' : state.message}
      </p>
    </form>
  );
}
