'use client';

import { startTransition, useEffect, useRef, useState, type FormEvent } from 'react';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import type { ActionResult } from '@/lib/auth/action-result';
import { programErrorTexts } from '@/lib/i18n/program-errors';
import { programFieldErrors, programInputSchema, type ProgramField, type ProgramFormValues } from '@/lib/programs/program-schema';
import type { SummaryItem } from './error-summary';
import { FIELD_IDS } from './program-fields';

export const EXTRA_FIELD_IDS: Record<string, string> = { webhookUrl: 'program-webhookUrl', webhookSecret: 'program-webhookSecret' };

/**
 * State shared by the create and edit forms: controlled values, the same zod schema the
 * server action uses checked before submitting, and focus moved to the error summary
 * whenever there are errors. Its own checks give message keys, like the action's schema;
 * the action's answers arrive already in the viewer's language.
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
  const { locale, m } = useStaffI18n();
  const labels: Record<string, string> = m.programs.fields;
  const [values, setValues] = useState<ProgramFormValues>(initial);
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const summary = useRef<HTMLDivElement>(null);

  const serverErrors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  const errors: Record<string, string | undefined> = clientErrors ?? serverErrors;
  const formError = clientErrors ? null : state.status === 'error' ? (state.message ?? m.programs.form.somethingWrong) : null;

  const items: SummaryItem[] = Object.entries(errors)
    .filter((e): e is [string, string] => typeof e[1] === 'string')
    .map(([field, message]) => ({ id: FIELD_IDS[field as ProgramField] ?? EXTRA_FIELD_IDS[field] ?? field, label: labels[field] ?? field, message }));

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
    const keys: Record<string, string> = { ...(parsed.success ? {} : (programFieldErrors(parsed.error) as Record<string, string>)), ...(extraCheck?.() ?? {}) };
    const errs = programErrorTexts(m, locale, keys);
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
