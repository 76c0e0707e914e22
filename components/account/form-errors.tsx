'use client';

import { useEffect, useRef } from 'react';
import { ErrorSummary } from '@/components/dashboard/programs/error-summary';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import type { ActionResult } from '@/lib/auth/action-result';

/**
 * The error summary of a people form: a role=alert box naming each field's problem (a link
 * to it) or the action's message, focused after a failed submit so it is read first.
 */
export function FormErrors({ state, labels, idPrefix }: { state: ActionResult<unknown>; labels: Record<string, string>; idPrefix: string }) {
  const { m } = useStaffI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === 'error') ref.current?.focus();
  }, [state]);
  if (state.status !== 'error') return null;
  const items = Object.entries(state.fieldErrors ?? {})
    .filter(([field]) => field in labels)
    .map(([field, message]) => ({ id: `${idPrefix}-${field}`, label: labels[field]!, message }));
  return <ErrorSummary ref={ref} title={items.length > 0 ? m.account.formErrors.title : (state.message ?? (state.error === 'server' ? m.common.errors.server : m.account.formErrors.failed))} items={items} />;
}

/** A field's own error from the action's answer. */
export function fieldError(state: ActionResult<unknown>, field: string): string | undefined {
  return state.status === 'error' ? state.fieldErrors?.[field] : undefined;
}
