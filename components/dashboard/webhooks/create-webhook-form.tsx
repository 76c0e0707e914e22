'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { createWebhookAction, type CreatedWebhook } from '@/app/actions/dashboard/webhooks/create-webhook';
import type { WebhookProgramOption } from '@/db/queries/webhooks';
import { buttonPrimary, textLink } from '@/components/ui/styles';
import { IDLE, type ActionResult } from '@/lib/auth/action-result';
import { ErrorSummary } from './error-summary';
import { EMPTY_WEBHOOK_VALUES } from './form-values';
import { useWebhookForm } from './use-webhook-form';
import { WebhookCreated } from './webhook-created';
import { WebhookFields } from './webhook-fields';

/** "Add webhook": the form, then the new secret once. */
export function CreateWebhookForm({ dept, programs, defaultMaxInFlight }: { dept: string; programs: WebhookProgramOption[]; defaultMaxInFlight: number }) {
  const [state, action, pending] = useActionState(createWebhookAction, IDLE as ActionResult<CreatedWebhook>);
  const { values, set, errors, formError, summary, submit } = useWebhookForm(EMPTY_WEBHOOK_VALUES, state, action);

  if (state.status === 'ok' && state.data) return <WebhookCreated dept={dept} created={state.data} />;

  return (
    <form action={action} onSubmit={submit} noValidate className="max-w-3xl space-y-6" aria-labelledby="webhook-form-title" data-testid="webhook-form">
      <h2 id="webhook-form-title" className="text-xl font-bold text-brand-900">
        Add webhook
      </h2>
      <p className="text-slate-700">
        Puente will send a signed <code>POST</code> to this URL for each lead. A <code>ping</code> is sent as soon as you add it, to check the connection.
      </p>
      {formError ? <ErrorSummary ref={summary} title={formError} errors={errors} /> : null}
      <input type="hidden" name="dept" value={dept} />
      <WebhookFields mode="create" values={values} set={set} errors={errors} programs={programs} defaultMaxInFlight={defaultMaxInFlight} />
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonPrimary} disabled={pending} data-testid="webhook-submit">
          {pending ? 'Adding…' : 'Add webhook'}
        </button>
        <Link href={`/dashboard/${dept}/webhooks`} className={textLink}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
