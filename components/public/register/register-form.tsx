'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { applyForDepartmentAction } from '@/app/actions/apply-for-department';
import {
  APPLICATION_FIELDS,
  APPLICATION_LIMITS,
  ECHOED_FIELDS,
  INITIAL_APPLICATION_STATE,
  type ApplicationField,
  type ApplicationFormState,
} from '@/lib/departments/application-schema';
import type { Locale } from '@/lib/i18n/locale';
import { getMessages } from '@/lib/i18n/messages';
import { applicationFieldErrorText, applicationFormErrorText } from '@/lib/i18n/register-errors';
import { ErrorSummary, type SummaryItem } from '../lead-form/error-summary';
import { FormSection } from '../lead-form/form-section';
import { HoneypotField } from '../lead-form/honeypot-field';
import { SubmitButton } from '../lead-form/submit-button';
import { TextField } from '../lead-form/text-field';
import { TextareaField } from '../lead-form/textarea-field';
import { fieldId } from '../lead-form/values';
import { ApplicationSent } from './application-sent';
import { PasswordField } from './password-field';

type Values = Partial<Record<ApplicationField, string>>;

function snapshot(form: FormData): Values {
  const out: Values = {};
  for (const field of ECHOED_FIELDS) {
    const v = form.get(field);
    out[field] = typeof v === 'string' ? v : '';
  }
  return out;
}

/**
 * The department application form. The server action is authoritative: the form posts with
 * `noValidate` and shows what the server answered next to each field and in a summary, in
 * the page's language. After a rejected submit the form is re-mounted with what was typed
 * (passwords excepted); on success it is replaced by the confirmation.
 */
export function RegisterForm({ locale }: { locale: Locale }) {
  const m = getMessages(locale);
  const r = m.register;
  const [state, formAction, isPending] = useActionState(applyForDepartmentAction, INITIAL_APPLICATION_STATE);
  // What was in the form when it was sent, for answers that carry no `values` (server error).
  const [submitted, setSubmitted] = useState<Values | null>(null);
  const [answer, setAnswer] = useState<{ state: ApplicationFormState; attempt: number }>({ state, attempt: 0 });
  if (answer.state !== state) setAnswer({ state, attempt: answer.attempt + 1 });

  const invalid = state.status === 'invalid' ? state : null;
  const values: Values = invalid && Object.keys(invalid.values).length > 0 ? invalid.values : (submitted ?? {});
  const errorFor = (field: ApplicationField): string | undefined => {
    const key = invalid?.fieldErrors[field];
    return key ? applicationFieldErrorText(m, field, key) : undefined;
  };
  const summaryItems: SummaryItem[] = APPLICATION_FIELDS.flatMap((field) => {
    const text = errorFor(field);
    return text ? [{ targetId: fieldId(field), text: `${r.fields[field].label}: ${text}` }] : [];
  });
  const formError = invalid?.formError ? applicationFormErrorText(m, invalid.formError) : undefined;
  const showSummary = summaryItems.length > 0 || formError !== undefined;

  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (answer.attempt > 0 && showSummary) summaryRef.current?.focus();
  }, [answer.attempt, showSummary]);

  if (state.status === 'ok') return <ApplicationSent m={m} departmentName={state.departmentName} email={state.email} />;

  const common = (field: ApplicationField) => ({
    name: field,
    label: r.fields[field].label,
    hint: r.fields[field].hint || undefined,
    error: errorFor(field),
    errorPrefix: m.form.errorPrefix,
  });
  const text = (field: ApplicationField) => values[field] ?? '';

  return (
    <form
      key={answer.attempt}
      action={formAction}
      onSubmit={(e) => setSubmitted(snapshot(new FormData(e.currentTarget)))}
      noValidate
      className="relative grid gap-10"
      data-testid="register-form"
    >
      {showSummary && <ErrorSummary ref={summaryRef} title={r.errorSummaryTitle} formError={formError} items={summaryItems} />}

      <FormSection title={r.sectionDepartment}>
        <TextField {...common('departmentName')} defaultValue={text('departmentName')} maxLength={APPLICATION_LIMITS.departmentName.max} autoComplete="organization" />
        <TextField
          {...common('acronym')}
          optionalLabel={m.common.optional}
          defaultValue={text('acronym')}
          maxLength={APPLICATION_LIMITS.acronym.max}
          autoComplete="off"
          className="sm:max-w-xs"
        />
      </FormSection>

      <FormSection title={r.sectionContact}>
        <TextField {...common('contactName')} defaultValue={text('contactName')} maxLength={APPLICATION_LIMITS.name.max} autoComplete="off" />
        <TextField {...common('contactEmail')} type="email" defaultValue={text('contactEmail')} maxLength={APPLICATION_LIMITS.email.max} autoComplete="off" />
      </FormSection>

      <FormSection title={r.sectionAccount}>
        <p className="-mt-3 text-slate-800">{r.sectionAccountIntro}</p>
        <TextField {...common('requesterName')} defaultValue={text('requesterName')} maxLength={APPLICATION_LIMITS.name.max} autoComplete="name" />
        <TextField {...common('requesterEmail')} type="email" defaultValue={text('requesterEmail')} maxLength={APPLICATION_LIMITS.email.max} autoComplete="email" />
        <PasswordField {...common('password')} maxLength={APPLICATION_LIMITS.password.max} autoComplete="new-password" />
        <PasswordField {...common('passwordConfirm')} maxLength={APPLICATION_LIMITS.password.max} autoComplete="new-password" />
      </FormSection>

      <FormSection title={r.sectionReason}>
        <TextareaField {...common('reason')} defaultValue={text('reason')} maxLength={APPLICATION_LIMITS.reason.max} rows={6} />
      </FormSection>

      <HoneypotField label={m.form.honeypotLabel} />
      <div>
        <SubmitButton pending={isPending} label={r.submit} pendingLabel={r.submitting} />
      </div>
    </form>
  );
}
