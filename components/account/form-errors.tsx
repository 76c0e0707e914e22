'use client';

import { useEffect, useRef } from 'react';
import { ErrorSummary } from '@/components/dashboard/programs/error-summary';
import type { ActionResult } from '@/lib/auth/action-result';

/**
 * The error summary of a people form: a role=alert box naming each field's problem (a link
 * to it) or the action's message, focused after a failed submit so it is read first.
 */
export function FormErrors({ state, labels, idPrefix }: { state: ActionResult<unknown>; labels: Record<string, string>; idPrefix: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === 'error') ref.current?.focus();
  }, [state]);
  if (state.status !== 'error') return null;
  const items = Object.entries(state.fieldErrors ?? {})
    .filter(([field]) => field in labels)
    .map(([field, message]) => ({ id: `${idPrefix}-${field}`, label: labels[field]!, message }));
  return <ErrorSummary ref={ref} title={items.length > 0 ? 'There is a problem' : (state.message ?? 'That did not work.')} items={items} />;
}

/** A field's own error from the action's answer. */
export function fieldError(state: ActionResult<unknown>, field: string): string | undefined {
  return state.status === 'error' ? state.fieldErrors?.[field] : undefined;
}
