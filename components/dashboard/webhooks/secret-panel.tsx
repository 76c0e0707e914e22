'use client';

import { useActionState, useState } from 'react';
import { revealWebhookSecretAction } from '@/app/actions/dashboard/webhooks/reveal-webhook-secret';
import { buttonSecondary, inputBase } from '@/components/ui/styles';
import { IDLE, type ActionResult } from '@/lib/auth/action-result';
import { CopyButton } from './copy-button';
import { formatDateTime } from '@/lib/time';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';

/**
 * The signing secret, masked. Admins can reveal it in full: each reveal is a server action
 * that writes the audit log, and the secret is only ever put in a read-only input's value.
 */
export function SecretPanel(p: { dept: string; webhookId: string; masked: string; previousValidUntil: string | null; canReveal: boolean }) {
  const [state, action, pending] = useActionState(revealWebhookSecretAction, IDLE as ActionResult<{ secret: string }>);
  const [hiddenFor, setHiddenFor] = useState<ActionResult<{ secret: string }> | null>(null);
  const revealed = state.status === 'ok' && state.data && hiddenFor !== state ? state.data.secret : null;
  const t = useStaffI18n().m.webhooks.secret;
  return (
    <div className="space-y-2" data-testid="secret-panel">
      {revealed ? (
        <div className="space-y-2">
          <label htmlFor="webhook-revealed-secret" className="sr-only">
            {t.revealedLabel}
          </label>
          <input
            id="webhook-revealed-secret"
            readOnly
            value={revealed}
            className={`${inputBase} font-mono text-sm`}
            onFocus={(e) => e.currentTarget.select()}
            data-testid="revealed-secret"
          />
          <div className="flex flex-wrap items-center gap-2">
            <CopyButton value={revealed} targetId="webhook-revealed-secret" testId="copy-revealed-secret" />
            <button type="button" className={buttonSecondary} onClick={() => setHiddenFor(state)} data-testid="hide-secret">
              {t.hide}
            </button>
          </div>
        </div>
      ) : (
        <p className="break-all font-mono text-slate-900" data-testid="masked-secret">
          {p.masked}
        </p>
      )}
      {p.previousValidUntil ? (
        <p className="text-sm text-slate-700" data-testid="previous-secret-note">
          {t.previousAccepted(formatDateTime(p.previousValidUntil))}
        </p>
      ) : null}
      {p.canReveal && !revealed ? (
        <form action={action}>
          <input type="hidden" name="dept" value={p.dept} />
          <input type="hidden" name="webhookId" value={p.webhookId} />
          <button type="submit" className={buttonSecondary} disabled={pending} data-testid="reveal-secret">
            {pending ? t.revealing : t.reveal}
          </button>
        </form>
      ) : null}
      <p role="status" className={`text-sm ${state.status === 'error' ? 'font-semibold text-red-800' : 'text-slate-700'}`} data-testid="reveal-result">
        {state.status === 'error' ? state.message : revealed && state.status === 'ok' ? state.message : ''}
      </p>
    </div>
  );
}
