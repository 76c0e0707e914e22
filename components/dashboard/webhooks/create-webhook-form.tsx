'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { createWebhookAction, type CreatedWebhook } from '@/app/actions/dashboard/webhooks/create-webhook';
import type { WebhookProgramOption } from '@/db/queries/webhooks';
import { buttonPrimary, textLink } from '@/components/ui/styles';
import { IDLE, type ActionResult } from '@/lib/auth/action-result';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { ErrorSummary } from './error-summary';
import { EMPTY_WEBHOOK_VALUES } from './form-values';
import { useWebhookForm } from './use-webhook-form';
import { WebhookCreated } from './webhook-created';
import { WebhookFields } from './webhook-fields';

/** Adding a webhook: the form, then the new secret once. */
export function CreateWebhookForm({ dept, programs, defaultMaxInFlight }: { dept: string; programs: WebhookProgramOption[]; defaultMaxInFlight: number }) {
  const [state, action, pending] = useActionState(createWebhookAction, IDLE as ActionResult<CreatedWebhook>);
  const { values, set, errors, formError, summary, submit } = useWebhookForm(EMPTY_WEBHOOK_VALUES, state, action);
  const { m } = useStaffI18n();
  const t = m.webhooks.form;

  if (state.status === 'ok' && state.data) return <WebhookCreated dept={dept} created={state.data} />;

  return (
    <form action={action} onSubmit={submit} noValidate className="max-w-3xl space-y-6" aria-labelledby="webhook-form-title" data-testid="webhook-form">
      <h2 id="webhook-form-title" className="text-xl font-bold text-brand-900">
        {t.addTitle}
      </h2>
      <p className="text-slate-700">
        {t.addIntroBeforePost}
        <code>POST</code>
        {t.addIntroAfterPost}
        <code>ping</code>
        {t.addIntroAfterPing}
      </p>
      {formError ? <ErrorSummary ref={summary} title={formError} errors={errors} /> : null}
      <input type="hidden" name="dept" value={dept} />
      <WebhookFields mode="create" values={values} set={set} errors={errors} programs={programs} defaultMaxInFlight={defaultMaxInFlight} />
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonPrimary} disabled={pending} data-testid="webhook-submit">
          {pending ? t.adding : t.add}
        </button>
        <Link href={`/dashboard/${dept}/webhooks`} className={textLink}>
          {m.common.kit.cancel}
        </Link>
      </div>
    </form>
  );
}
