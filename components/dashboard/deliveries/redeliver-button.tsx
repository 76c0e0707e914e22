'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useActionState, useEffect } from 'react';
import { redeliverDeliveryAction } from '@/app/actions/dashboard/deliveries/redeliver-delivery';
import { buttonSecondary } from '@/components/ui/styles';
import { IDLE } from '@/lib/auth/action-result';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { deliveryKeys } from './api';

/** GitHub's "Redeliver": one more attempt now, same webhook-id. Works without JavaScript too. */
export function RedeliverButton({ dept, deliveryId }: { dept: string; deliveryId: string }) {
  const [state, action, pending] = useActionState(redeliverDeliveryAction, IDLE);
  const queryClient = useQueryClient();
  const t = useStaffI18n().m.deliveries.redeliver;
  useEffect(() => {
    if (state.status === 'ok') void queryClient.invalidateQueries({ queryKey: deliveryKeys.all(dept) });
  }, [state, dept, queryClient]);
  return (
    <form action={action} className="flex flex-col items-start gap-2 sm:items-end" data-testid="redeliver-form">
      <input type="hidden" name="dept" value={dept} />
      <input type="hidden" name="deliveryId" value={deliveryId} />
      <button type="submit" className={buttonSecondary} disabled={pending} aria-describedby="redeliver-result" data-testid="redeliver-button">
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <path d="M13 8a5 5 0 1 1-1.5-3.6M13 2.5v3h-3" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {pending ? t.pending : t.submit}
      </button>
      <p
        id="redeliver-result"
        role="status"
        className={`max-w-sm text-sm ${state.status === 'error' ? 'font-semibold text-red-800' : 'text-green-800'}`}
        data-testid="redeliver-result"
        data-result={state.status}
      >
        {state.status === 'idle' ? '' : state.message}
      </p>
    </form>
  );
}
