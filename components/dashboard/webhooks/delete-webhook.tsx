'use client';

import { useActionState, useEffect, useState } from 'react';
import { deleteWebhookAction } from '@/app/actions/dashboard/webhooks/delete-webhook';
import { buttonDanger, buttonSecondary, inputBase } from '@/components/ui/styles';
import { IDLE, type ActionResult } from '@/lib/auth/action-result';
import { Field } from '@/components/ui/field';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';

/** Deleting in two steps: open the confirmation, type the confirmation word, then confirm (admins). */
export function DeleteWebhook({ dept, webhookId, url }: { dept: string; webhookId: string; url: string }) {
  const [state, action, pending] = useActionState(deleteWebhookAction, IDLE as ActionResult);
  const [open, setOpen] = useState(false);
  const { m } = useStaffI18n();
  const t = m.webhooks.remove;
  const error = state.status === 'error' ? (state.fieldErrors?.confirm ?? state.message) : undefined;
  const inputId = 'delete-confirm';
  useEffect(() => {
    if (state.status === 'error') document.getElementById(inputId)?.focus();
  }, [state]);
  return (
    <div className="space-y-3" data-testid="delete-webhook">
      <button
        type="button"
        className={buttonSecondary}
        aria-expanded={open}
        aria-controls="delete-confirm-panel"
        id="delete-webhook-open"
        onClick={() => {
          setOpen((o) => !o);
          requestAnimationFrame(() => document.getElementById(inputId)?.focus());
        }}
        data-testid="delete-webhook-open"
      >
        {t.open}
      </button>
      {open ? (
        <form id="delete-confirm-panel" action={action} className="space-y-3 rounded-lg border-2 border-red-700 bg-red-50 p-4" noValidate>
          <p className="text-red-950">
            {t.warningBefore}
            <span className="break-all font-mono">{url}</span>
            {t.warningAfter}
          </p>
          <input type="hidden" name="dept" value={dept} />
          <input type="hidden" name="webhookId" value={webhookId} />
          <Field id={inputId} label={t.confirmLabel} error={error} errorPrefix={m.common.kit.errorPrefix} errorTestId="delete-error">
            {(control) => (
              <input
                {...control}
                name="confirm"
                defaultValue=""
                autoComplete="off"
                spellCheck={false}
                className={`${inputBase} w-48 font-mono`}
                data-testid="delete-confirm-input"
              />
            )}
          </Field>
          <div className="flex flex-wrap gap-3">
            <button type="submit" className={buttonDanger} disabled={pending} data-testid="delete-webhook-confirm">
              {pending ? t.deleting : t.submit}
            </button>
            <button
              type="button"
              className={buttonSecondary}
              onClick={() => {
                setOpen(false);
                requestAnimationFrame(() => document.getElementById('delete-webhook-open')?.focus());
              }}
            >
              {m.common.kit.cancel}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
