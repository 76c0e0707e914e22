'use client';

import { useActionState, useEffect, useState } from 'react';
import { deleteWebhookAction } from '@/app/actions/dashboard/webhooks/delete-webhook';
import { buttonDanger, buttonSecondary, inputBase } from '@/components/ui/styles';
import { IDLE, type ActionResult } from '@/lib/auth/action-result';
import { Field } from '@/components/ui/field';
import { KIT_TEXTS } from '@/components/dashboard/kit-texts';

/** "Delete" in two steps: open the confirmation, type DELETE, then confirm (admins). */
export function DeleteWebhook({ dept, webhookId, url }: { dept: string; webhookId: string; url: string }) {
  const [state, action, pending] = useActionState(deleteWebhookAction, IDLE as ActionResult);
  const [open, setOpen] = useState(false);
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
        Delete webhook…
      </button>
      {open ? (
        <form id="delete-confirm-panel" action={action} className="space-y-3 rounded-lg border-2 border-red-700 bg-red-50 p-4" noValidate>
          <p className="text-red-950">
            This deletes the webhook <span className="break-all font-mono">{url}</span> and its whole delivery log. Leads already delivered stay with the receiver.
            This cannot be undone.
          </p>
          <input type="hidden" name="dept" value={dept} />
          <input type="hidden" name="webhookId" value={webhookId} />
          <Field id={inputId} label="Type DELETE to confirm" error={error} errorPrefix={KIT_TEXTS.errorPrefix} errorTestId="delete-error">
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
              {pending ? 'Deleting…' : 'Delete this webhook'}
            </button>
            <button
              type="button"
              className={buttonSecondary}
              onClick={() => {
                setOpen(false);
                requestAnimationFrame(() => document.getElementById('delete-webhook-open')?.focus());
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
