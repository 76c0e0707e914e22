'use client';

import Link from 'next/link';
import { useActionState, useEffect, useRef, useState } from 'react';
import { createProgramAction, type CreatedProgram } from '@/app/actions/dashboard/programs/create-program';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { buttonPrimary, buttonSecondary, textLink } from '@/components/ui/styles';
import { IDLE, type ActionResult } from '@/lib/auth/action-result';
import { localized } from '@/lib/i18n/locale';
import { EMPTY_PROGRAM_VALUES } from '@/lib/programs/program-schema';
import { ErrorSummary } from './error-summary';
import { FormField } from './form-field';
import { ProgramFields } from './program-fields';
import { SecretOnce } from './secret-once';
import { EXTRA_FIELD_IDS, useProgramForm } from './use-program-form';

/** New program, optionally with a webhook that covers just this program. */
export function CreateProgramForm({ dept }: { dept: string }) {
  const [state, action, pending] = useActionState(createProgramAction, IDLE as ActionResult<CreatedProgram>);
  const [webhookUrl, setWebhookUrl] = useState('');
  const [webhookSecret, setWebhookSecret] = useState('');
  const { m } = useStaffI18n();
  const t = m.programs.form;
  const { values, set, errors, items, formError, check, summary, hasErrors } = useProgramForm(EMPTY_PROGRAM_VALUES, state, action, (): Record<string, string> =>
    webhookSecret.trim() && !webhookUrl.trim() ? { webhookUrl: 'urlOrClearSecret' } : {},
  );

  if (state.status === 'ok' && state.data) return <ProgramCreated dept={dept} created={state.data} />;

  return (
    <form action={action} onSubmit={check} noValidate className="max-w-3xl space-y-6" aria-labelledby="program-form-title" data-testid="program-form">
      <h2 id="program-form-title" className="text-xl font-bold text-brand-900">
        {m.programs.newProgram}
      </h2>
      {hasErrors ? <ErrorSummary ref={summary} title={formError ?? m.common.errors.checkForm} items={items} /> : null}
      <input type="hidden" name="dept" value={dept} />
      <ProgramFields values={values} errors={errors} set={set} />
      <fieldset className="space-y-4 rounded-lg border-2 border-slate-200 p-4" data-testid="program-webhook">
        <legend className="px-1 text-lg font-bold text-brand-900">{t.webhookLegend}</legend>
        <p className="text-sm text-slate-700">
          {t.webhookIntroBefore}
          <strong>{t.webhookIntroStrong}</strong>
          {t.webhookIntroAfter}
        </p>
        <FormField
          id={EXTRA_FIELD_IDS.webhookUrl!}
          name="webhookUrl"
          label={m.programs.fields.webhookUrl}
          type="url"
          hint={t.webhookUrlHint}
          value={webhookUrl}
          onChange={setWebhookUrl}
          error={errors.webhookUrl}
          maxLength={2048}
          spellCheck={false}
        />
        <FormField
          id={EXTRA_FIELD_IDS.webhookSecret!}
          name="webhookSecret"
          label={m.programs.fields.webhookSecret}
          hint={t.webhookSecretHint}
          value={webhookSecret}
          onChange={setWebhookSecret}
          error={errors.webhookSecret}
          spellCheck={false}
        />
      </fieldset>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonPrimary} disabled={pending} data-testid="program-submit">
          {pending ? t.creating : t.create}
        </button>
        <Link href={`/dashboard/${dept}/programs`} className={textLink}>
          {m.common.kit.cancel}
        </Link>
      </div>
    </form>
  );
}

function ProgramCreated({ dept, created }: { dept: string; created: CreatedProgram }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { locale, m } = useStaffI18n();
  const t = m.programs.created;
  return (
    <section className="max-w-3xl space-y-4" aria-labelledby="program-created-title" data-testid="program-created">
      <h2 id="program-created-title" ref={heading} tabIndex={-1} className="text-xl font-bold text-brand-900 focus-visible:outline-3 focus-visible:outline-offset-2">
        {t.title}
      </h2>
      <p>
        <strong>{localized(locale, created.titleEs, created.titleEn)}</strong> {t.isOpen}
        {created.webhook ? (
          <>
            {' '}
            {t.webhookBefore} <code className="break-all rounded bg-slate-100 px-1">{created.webhook.url}</code>
            {t.webhookAfter}
          </>
        ) : null}
      </p>
      {created.webhook ? <SecretOnce secret={created.webhook.secret} /> : null}
      <div className="flex flex-wrap items-center gap-4">
        <Link href={`/dashboard/${dept}/programs/${created.programId}`} className={buttonPrimary} data-testid="go-to-program">
          {t.goToProgram}
        </Link>
        <Link href={`/dashboard/${dept}/programs`} className={buttonSecondary}>
          {t.allPrograms}
        </Link>
      </div>
    </section>
  );
}
