'use client';

import { startTransition, useEffect, useRef, useState, type FormEvent } from 'react';
import type { ActionResult } from '@/lib/auth/action-result';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import type { WebhookFormValues } from './form-values';

/**
 * State of the create and edit forms: controlled values that survive a failed submit, the
 * server's field errors, and focus moved to the error summary whenever the server refuses.
 *
 * With JavaScript the submit is dispatched by hand (startTransition) rather than through
 * `<form action>`: React resets a form after its action runs, and that reset would undo the
 * controlled radio buttons and checkboxes. Before hydration the form still posts normally.
 * `version` (the webhook's updatedAt) resets the values when the stored webhook changes.
 */
export function useWebhookForm<T>(initial: WebhookFormValues, state: ActionResult<T>, dispatch: (formData: FormData) => void, version?: string) {
  const [values, setValues] = useState<WebhookFormValues>(initial);
  const [seenVersion, setSeenVersion] = useState(version);
  const summary = useRef<HTMLDivElement>(null);
  const { m } = useStaffI18n();

  // The stored webhook changed (this form saved it, or Enable/Disable did): show what is stored
  // now, so a later save cannot undo that change, the secret field is empty again ("keep") and
  // credential-like header values are masked again.
  if (version !== seenVersion) {
    setSeenVersion(version);
    setValues(initial);
  }

  useEffect(() => {
    if (state.status === 'error') summary.current?.focus();
  }, [state]);

  const errors: Record<string, string> = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  const formError = state.status === 'error' ? (state.message ?? m.webhooks.form.somethingWrong) : null;

  function set<K extends keyof WebhookFormValues>(field: K, value: WebhookFormValues[K]) {
    setValues((v) => ({ ...v, [field]: value }));
  }

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formData = new FormData(e.currentTarget);
    startTransition(() => dispatch(formData));
  }

  return { values, set, errors, formError, summary, submit };
}
