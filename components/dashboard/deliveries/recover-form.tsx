'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useActionState, useEffect } from 'react';
import { recoverFailedAction } from '@/app/actions/dashboard/deliveries/recover-failed';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { Field } from '@/components/ui/field';
import { buttonSecondary, inputBase } from '@/components/ui/styles';
import { IDLE, type ActionResult } from '@/lib/auth/action-result';
import { RECOVER_MAX_DAYS } from '@/lib/webhooks/recover-window';
import { deliveryKeys } from './api';

/**
 * Admins: one more attempt for every failed delivery of this webhook since a time (Svix's
 * "recover"), on the webhook page and the deliveries page. The time is typed in the app's own
 * 24-hour format (lib/time.ts), not a browser picker that would follow the browser's locale.
 */
export function RecoverForm({ dept, webhookId, defaultSince }: { dept: string; webhookId: string; defaultSince: string }) {
  const { m } = useStaffI18n();
  const t = m.recover;
  const [state, action, pending] = useActionState(recoverFailedAction, IDLE as ActionResult<{ count: number }>);
  const queryClient = useQueryClient();
  useEffect(() => {
    if (state.status === 'ok') void queryClient.invalidateQueries({ queryKey: deliveryKeys.all(dept) });
  }, [state, dept, queryClient]);
  const sinceError = state.status === 'error' ? state.fieldErrors?.since : undefined;
  return (
    <form action={action} noValidate className="space-y-3" aria-labelledby="recover-heading" data-testid="recover-form">
      <h2 id="recover-heading" className="text-lg font-bold text-brand-900">
        {t.title}
      </h2>
      <p className="text-sm text-slate-700">{t.intro}</p>
      <input type="hidden" name="dept" value={dept} />
      <input type="hidden" name="webhookId" value={webhookId} />
      <div className="flex flex-wrap items-start gap-3">
        <Field
          id="recover-since"
          label={t.sinceLabel}
          labelNote={t.sinceNote}
          hint={t.sinceHint(RECOVER_MAX_DAYS)}
          error={sinceError}
          errorPrefix={m.common.kit.errorPrefix}
          errorTestId="since-error"
        >
          {(control) => (
            <input
              {...control}
              name="since"
              type="text"
              required
              autoComplete="off"
              spellCheck={false}
              placeholder={t.placeholder}
              defaultValue={defaultSince}
              className={`${inputBase} w-auto font-mono`}
              size={18}
            />
          )}
        </Field>
        <button type="submit" className={`${buttonSecondary} sm:mt-7`} disabled={pending} data-testid="recover-button">
          {pending ? t.pending : t.submit}
        </button>
      </div>
      <p role="status" className={`text-sm ${state.status === 'error' ? 'font-semibold text-red-800' : 'font-semibold text-green-900'}`} data-testid="recover-result" data-result={state.status}>
        {state.status === 'idle' ? '' : state.message}
      </p>
    </form>
  );
}
