'use client';

import { useActionState } from 'react';
import { updateWebhookAction } from '@/app/actions/dashboard/webhooks/update-webhook';
import type { WebhookProgramOption } from '@/db/queries/webhooks';
import { buttonPrimary } from '@/components/ui/styles';
import { IDLE, type ActionResult } from '@/lib/auth/action-result';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { ErrorSummary } from './error-summary';
import type { WebhookFormValues } from './form-values';
import { useWebhookForm } from './use-webhook-form';
import { WebhookFields } from './webhook-fields';

/**
 * The webhook's settings (admins). Values stay as typed when the server refuses them; once the
 * stored webhook changes (`version` = its updatedAt) they are reloaded from it.
 */
export function EditWebhookForm(p: {
  dept: string;
  webhookId: string;
  version: string;
  initial: WebhookFormValues;
  programs: WebhookProgramOption[];
  defaultMaxInFlight: number;
}) {
  const [state, action, pending] = useActionState(updateWebhookAction, IDLE as ActionResult);
  const { values, set, errors, formError, summary, submit } = useWebhookForm(p.initial, state, action, p.version);
  const t = useStaffI18n().m.webhooks.form;
  return (
    <form action={action} onSubmit={submit} noValidate className="space-y-6" aria-labelledby="webhook-settings-title" data-testid="webhook-form">
      <h2 id="webhook-settings-title" className="text-xl font-bold text-brand-900">
        {t.settingsTitle}
      </h2>
      {formError ? <ErrorSummary ref={summary} title={formError} errors={errors} /> : null}
      <input type="hidden" name="dept" value={p.dept} />
      <input type="hidden" name="webhookId" value={p.webhookId} />
      <WebhookFields
        mode="edit"
        values={values}
        set={set}
        errors={errors}
        programs={p.programs}
        defaultMaxInFlight={p.defaultMaxInFlight}
        reveal={{ dept: p.dept, webhookId: p.webhookId }}
      />
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonPrimary} disabled={pending} data-testid="webhook-submit">
          {pending ? t.saving : t.update}
        </button>
        <p role="status" className="font-semibold text-green-800" data-testid="webhook-save-status">
          {state.status === 'ok' ? state.message : ''}
        </p>
      </div>
    </form>
  );
}
