'use client';

import { startTransition, useEffect, useRef, useState, type FormEvent } from 'react';
import type { ActionResult } from '@/lib/auth/action-result';
import { programFieldErrors, programInputSchema, type ProgramField, type ProgramFormValues } from '@/lib/programs/program-schema';
import type { SummaryItem } from './error-summary';
import { FIELD_IDS } from './program-fields';

export const FIELD_LABELS: Record<string, string> = {
  titleEs: 'Title (Spanish)',
  summaryEs: 'Summary (Spanish)',
  descriptionEs: 'Description (Spanish)',
  titleEn: 'Title (English)',
  summaryEn: 'Summary (English)',
  descriptionEn: 'Description (English)',
  kind: 'Kind of program',
  webhookUrl: 'Webhook URL',
  webhookSecret: 'Secret',
};

export const EXTRA_FIELD_IDS: Record<string, string> = { webhookUrl: 'program-webhookUrl', webhookSecret: 'program-webhookSecret' };

/**
 * State shared by the create and edit forms: controlled values, the same zod schema the
 * server action uses checked before submitting, and focus moved to the error summary
 * whenever there are errors.
 *
 * With JavaScript the submit is dispatched by hand (startTransition) rather than through
 * `<form action>`, because React resets a form after its action runs and that reset unchecks
 * controlled radio buttons: typed values must survive a failed submit. Before hydration the
 * form still posts through `action` (progressive enhancement).
 */
export function useProgramForm<T>(
  initial: ProgramFormValues,
  state: ActionResult<T>,
  dispatch: (formData: FormData) => void,
  extraCheck?: () => Record<string, string>,
) {
  const [values, setValues] = useState<ProgramFormValues>(initial);
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const summary = useRef<HTMLDivElement>(null);

  const serverErrors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  const errors: Record<string, string | undefined> = clientErrors ?? serverErrors;
  const formError = clientErrors ? null : state.status === 'error' ? (state.message ?? 'Something went wrong.') : null;

  const items: SummaryItem[] = Object.entries(errors)
    .filter((e): e is [string, string] => typeof e[1] === 'string')
    .map(([field, message]) => ({ id: FIELD_IDS[field as ProgramField] ?? EXTRA_FIELD_IDS[field] ?? field, label: FIELD_LABELS[field] ?? field, message }));

  useEffect(() => {
    if (state.status === 'error') summary.current?.focus();
  }, [state]);
  useEffect(() => {
    if (attempt > 0) summary.current?.focus();
  }, [attempt]);

  function set(field: ProgramField, value: string) {
    setValues((v) => ({ ...v, [field]: value }));
  }

  /** onSubmit: show the errors when the schema refuses the values, else send the form. */
  function check(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const parsed = programInputSchema.safeParse(values);
    const errs: Record<string, string> = { ...(parsed.success ? {} : (programFieldErrors(parsed.error) as Record<string, string>)), ...(extraCheck?.() ?? {}) };
    if (Object.keys(errs).length > 0) {
      setClientErrors(errs);
      setAttempt((n) => n + 1);
      return;
    }
    setClientErrors(null);
    const formData = new FormData(e.currentTarget);
    startTransition(() => dispatch(formData));
  }

  return { values, set, errors, items, formError, check, summary, hasErrors: items.length > 0 || formError !== null };
}
