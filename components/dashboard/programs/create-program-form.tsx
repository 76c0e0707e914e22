'use client';

import Link from 'next/link';
import { useActionState, useEffect, useRef, useState } from 'react';
import { createProgramAction, type CreatedProgram } from '@/app/actions/dashboard/programs/create-program';
import { buttonPrimary, buttonSecondary, textLink } from '@/components/ui/styles';
import { IDLE, type ActionResult } from '@/lib/auth/action-result';
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
  const { values, set, errors, items, formError, check, summary, hasErrors } = useProgramForm(EMPTY_PROGRAM_VALUES, state, action, (): Record<string, string> =>
    webhookSecret.trim() && !webhookUrl.trim() ? { webhookUrl: 'Enter the webhook URL, or clear the secret.' } : {},
  );

  if (state.status === 'ok' && state.data) return <ProgramCreated dept={dept} created={state.data} />;

  return (
    <form action={action} onSubmit={check} noValidate className="max-w-3xl space-y-6" aria-labelledby="program-form-title" data-testid="program-form">
      <h2 id="program-form-title" className="text-xl font-bold text-brand-900">
        New program
      </h2>
      {hasErrors ? <ErrorSummary ref={summary} title={formError ?? 'Check the highlighted fields.'} items={items} /> : null}
      <input type="hidden" name="dept" value={dept} />
      <ProgramFields values={values} errors={errors} set={set} />
      <fieldset className="space-y-4 rounded-lg border-2 border-slate-200 p-4" data-testid="program-webhook">
        <legend className="px-1 text-lg font-bold text-brand-900">Webhook (optional)</legend>
        <p className="text-sm text-slate-700">
          Give a URL to also create a webhook that receives the leads of <strong>this program only</strong>. Leave it empty to set up webhooks later.
        </p>
        <FormField
          id={EXTRA_FIELD_IDS.webhookUrl!}
          name="webhookUrl"
          label="Webhook URL"
          type="url"
          hint="Where each lead is sent as a signed POST, e.g. https://crm.example.gov.pr/hooks/puente."
          value={webhookUrl}
          onChange={setWebhookUrl}
          error={errors.webhookUrl}
          maxLength={2048}
          spellCheck={false}
        />
        <FormField
          id={EXTRA_FIELD_IDS.webhookSecret!}
          name="webhookSecret"
          label="Secret"
          hint="Leave empty to generate one (recommended). Or paste a Standard Webhooks secret: whsec_ followed by base64."
          value={webhookSecret}
          onChange={setWebhookSecret}
          error={errors.webhookSecret}
          spellCheck={false}
        />
      </fieldset>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonPrimary} disabled={pending} data-testid="program-submit">
          {pending ? 'Creating…' : 'Create program'}
        </button>
        <Link href={`/dashboard/${dept}/programs`} className={textLink}>
          Cancel
        </Link>
      </div>
    </form>
  );
}

function ProgramCreated({ dept, created }: { dept: string; created: CreatedProgram }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="max-w-3xl space-y-4" aria-labelledby="program-created-title" data-testid="program-created">
      <h2 id="program-created-title" ref={heading} tabIndex={-1} className="text-xl font-bold text-brand-900 focus-visible:outline-3 focus-visible:outline-offset-2">
        Program created
      </h2>
      <p>
        <strong>{created.titleEn}</strong> is open on the public site.
        {created.webhook ? (
          <>
            {' '}
            Its leads are sent to <code className="break-all rounded bg-slate-100 px-1">{created.webhook.url}</code>, a new webhook that covers only this program.
          </>
        ) : null}
      </p>
      {created.webhook ? <SecretOnce secret={created.webhook.secret} /> : null}
      <div className="flex flex-wrap items-center gap-4">
        <Link href={`/dashboard/${dept}/programs/${created.programId}`} className={buttonPrimary} data-testid="go-to-program">
          Go to the program
        </Link>
        <Link href={`/dashboard/${dept}/programs`} className={buttonSecondary}>
          All programs
        </Link>
      </div>
    </section>
  );
}
