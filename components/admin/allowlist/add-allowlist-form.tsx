'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { addAllowlistEntryAction } from '@/app/actions/admin/allowlist/add-allowlist-entry';
import { ErrorSummary } from '@/components/dashboard/programs/error-summary';
import { Field } from '@/components/ui/field';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { buttonPrimary, inputBase } from '@/components/ui/styles';
import { IDLE, type ActionResult } from '@/lib/auth/action-result';

const ID = { cidr: 'allowlist-cidr', reason: 'allowlist-reason' } as const;

/** Add a range (platform admins): CIDR and a required reason; errors summarised at the top and under each field. */
export function AddAllowlistForm() {
  const { m } = useStaffI18n();
  const t = m.admin.allowlist.form;
  const labels = { cidr: t.cidr, reason: t.reason };
  const [cidr, setCidr] = useState('');
  const [reason, setReason] = useState('');
  const [state, action, pending] = useActionState(async (prev: ActionResult<{ cidr: string }>, formData: FormData) => {
    const r = await addAllowlistEntryAction(prev, formData);
    // Added: start the next entry from empty fields; refused: keep what was typed.
    if (r.status === 'ok') {
      setCidr('');
      setReason('');
    }
    return r;
  }, IDLE as ActionResult<{ cidr: string }>);
  const summary = useRef<HTMLDivElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};

  useEffect(() => {
    if (state.status === 'error') summary.current?.focus();
    if (state.status === 'ok') status.current?.focus();
  }, [state]);

  return (
    <form action={action} noValidate className="space-y-4 rounded-lg border-2 border-slate-200 p-4" aria-labelledby="add-allowlist-heading" data-testid="allowlist-form">
      <h3 id="add-allowlist-heading" className="text-lg font-bold text-brand-900">
        {t.heading}
      </h3>
      {state.status === 'error' ? (
        <ErrorSummary
          ref={summary}
          title={Object.keys(errors).length > 0 ? t.notAdded : (state.message ?? t.notAdded)}
          items={(Object.keys(errors) as (keyof typeof labels)[]).filter((k) => k in labels).map((k) => ({ id: ID[k], label: labels[k], message: errors[k]! }))}
        />
      ) : null}
      {state.status === 'ok' ? (
        <p ref={status} tabIndex={-1} role="status" className="rounded-lg border-2 border-green-700 bg-green-50 p-3 font-semibold text-green-900" data-testid="allowlist-added">
          {state.message}
        </p>
      ) : null}
      <Field
        id={ID.cidr}
        label={labels.cidr}
        hint={
          <>
            {t.cidrHintBefore}
            <code>10.20.0.0/16</code>
            {t.cidrHintOr}
            <code>fd12:3456::/48</code>
            {t.cidrHintAfter}
          </>
        }
        error={errors.cidr}
        errorPrefix={m.common.kit.errorPrefix}
        errorTestId="cidr-error"
      >
        {(control) => (
          <input
            {...control}
            name="cidr"
            value={cidr}
            onChange={(e) => setCidr(e.target.value)}
            required
            maxLength={64}
            autoComplete="off"
            spellCheck={false}
            className={`${inputBase} max-w-md font-mono`}
            data-testid="allowlist-cidr"
          />
        )}
      </Field>
      <Field
        id={ID.reason}
        label={labels.reason}
        hint={t.reasonHint}
        error={errors.reason}
        errorPrefix={m.common.kit.errorPrefix}
        errorTestId="reason-error"
      >
        {(control) => (
          <textarea
            {...control}
            name="reason"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            required
            rows={2}
            maxLength={500}
            className={`${inputBase} max-w-2xl`}
            data-testid="allowlist-reason"
          />
        )}
      </Field>
      <button type="submit" className={buttonPrimary} disabled={pending} data-testid="allowlist-submit">
        {pending ? t.submitting : t.submit}
      </button>
    </form>
  );
}
