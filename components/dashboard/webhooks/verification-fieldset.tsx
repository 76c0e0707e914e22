'use client';

import { FieldError } from '@/components/ui/field';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { RadioOption } from './radio-option';

const legend = 'px-1 text-lg font-bold text-brand-900';

/** Signature (HMAC headers) or shared token (the secret itself in a header: weaker). */
export function VerificationFieldset({ value, onChange, error }: { value: 'signature' | 'token'; onChange: (v: 'signature' | 'token') => void; error?: string }) {
  const { m } = useStaffI18n();
  const t = m.webhooks.form;
  const errorId = 'webhook-verification-error';
  return (
    <fieldset className="space-y-3 rounded-lg border-2 border-slate-200 p-4" aria-describedby={error ? errorId : undefined}>
      <legend className={legend}>{t.verification}</legend>
      <RadioOption
        id="webhook-verification-signature"
        name="verification"
        value="signature"
        checked={value === 'signature'}
        onSelect={() => onChange('signature')}
        label={t.signature}
        hint={t.signatureHint}
        invalid={Boolean(error)}
        errorId={errorId}
      />
      <RadioOption
        id="webhook-verification-token"
        name="verification"
        value="token"
        checked={value === 'token'}
        onSelect={() => onChange('token')}
        label={t.token}
        hint={t.tokenHint}
        invalid={Boolean(error)}
        errorId={errorId}
      />
      {value === 'token' ? (
        <p className="rounded-md border-2 border-amber-600 bg-amber-50 p-3 text-sm text-amber-950" data-testid="token-warning">
          <strong>{t.weaker}</strong>
          {t.tokenWarning}
        </p>
      ) : null}
      <FieldError prefix={m.common.kit.errorPrefix} id={errorId} message={error} testId="verification-error" />
    </fieldset>
  );
}
