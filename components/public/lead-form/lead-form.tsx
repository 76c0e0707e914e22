'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { submitLead } from '@/app/actions/submit-lead';
import { leadFieldErrorText, leadFormErrorText } from '@/lib/i18n/lead-errors';
import type { Locale } from '@/lib/i18n/locale';
import { getMessages } from '@/lib/i18n/messages';
import { INITIAL_LEAD_FORM_STATE, type LeadFormState } from '@/lib/leads/form-state';
import type { LeadField } from '@/lib/leads/lead-schema';
import { ErrorSummary, type SummaryItem } from './error-summary';
import { LeadFormFields } from './lead-form-fields';
import type { DepartmentGroup, FormValues } from './types';
import { fieldId, hasValues, listValue, programCheckboxId, valuesFromFormData } from './values';

interface Props {
  locale: Locale;
  groups: DepartmentGroup[];
  /** Program ids checked on arrival (from `?program=slug`). */
  preselected: string[];
}

type FormField = Exclude<LeadField, 'locale'>;

/** The order of the fields on the page, which is the order of the error summary. */
const FIELD_ORDER: readonly FormField[] = [
  'name',
  'email',
  'phone',
  'businessName',
  'municipality',
  'businessStage',
  'sector',
  'programIds',
  'message',
  'consent',
];

/**
 * The one public lead form. The server action is authoritative: the form posts with
 * `noValidate` and shows what the server answered, next to each field and in a summary.
 * After a rejected submit the form is re-mounted (new `key`) with what was typed as defaults.
 */
export function LeadForm({ locale, groups, preselected }: Props) {
  const m = getMessages(locale);
  const [state, formAction, isPending] = useActionState(submitLead, INITIAL_LEAD_FORM_STATE);
  // What was in the form when it was sent, for answers that carry no `values` (server error).
  const [submitted, setSubmitted] = useState<FormValues | null>(null);
  // Each answer from the server is a new attempt: re-mount the form so its defaults apply.
  const [answer, setAnswer] = useState<{ state: LeadFormState; attempt: number }>({ state, attempt: 0 });
  if (answer.state !== state) setAnswer({ state, attempt: answer.attempt + 1 });

  const invalid = state.status === 'invalid' ? state : null;
  const values: FormValues =
    invalid && hasValues(invalid.values) ? invalid.values : (submitted ?? { programIds: preselected });
  const fieldErrors = invalid?.fieldErrors ?? {};
  const errorFor = (field: FormField): string | undefined => {
    const key = fieldErrors[field];
    return key ? leadFieldErrorText(m, field, key) : undefined;
  };

  const firstProgram = groups[0]?.programs[0];
  const checkedIds = new Set(listValue(values, 'programIds'));
  const firstChecked = groups.flatMap((g) => g.programs).find((p) => checkedIds.has(p.id));
  const targetOf = (field: FormField): string => {
    if (field !== 'programIds') return fieldId(field);
    const p = firstChecked ?? firstProgram;
    return p ? programCheckboxId(p.slug) : fieldId(field);
  };
  const summaryItems: SummaryItem[] = FIELD_ORDER.flatMap((field) => {
    const text = errorFor(field);
    return text ? [{ targetId: targetOf(field), text: `${m.form.fields[field].label}: ${text}` }] : [];
  });
  const formError = invalid?.formError ? leadFormErrorText(m, invalid.formError) : undefined;
  const showSummary = summaryItems.length > 0 || formError !== undefined;

  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (answer.attempt > 0 && showSummary) summaryRef.current?.focus();
  }, [answer.attempt, showSummary]);

  return (
    <form
      key={answer.attempt}
      action={formAction}
      onSubmit={(e) => setSubmitted(valuesFromFormData(new FormData(e.currentTarget)))}
      noValidate
      className="relative grid gap-10"
    >
      {showSummary && <ErrorSummary ref={summaryRef} title={m.form.errorSummaryTitle} formError={formError} items={summaryItems} />}
      <LeadFormFields m={m} locale={locale} groups={groups} values={values} errorFor={errorFor} pending={isPending} />
    </form>
  );
}
