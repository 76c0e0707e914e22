'use client';

import { FieldError } from '@/components/ui/field';
import { KIT_TEXTS } from '@/components/dashboard/kit-texts';
import { RadioOption } from './radio-option';

const legend = 'px-1 text-lg font-bold text-brand-900';

/** Signature (HMAC headers) or shared token (the secret itself in a header: weaker). */
export function VerificationFieldset({ value, onChange, error }: { value: 'signature' | 'token'; onChange: (v: 'signature' | 'token') => void; error?: string }) {
  const errorId = 'webhook-verification-error';
  return (
    <fieldset className="space-y-3 rounded-lg border-2 border-slate-200 p-4" aria-describedby={error ? errorId : undefined}>
      <legend className={legend}>Verification</legend>
      <RadioOption
        id="webhook-verification-signature"
        name="verification"
        value="signature"
        checked={value === 'signature'}
        onSelect={() => onChange('signature')}
        label="Signature (recommended)"
        hint="Each delivery is signed with the secret (Standard Webhooks and X-Hub-Signature-256 headers). The secret itself never travels."
        invalid={Boolean(error)}
        errorId={errorId}
      />
      <RadioOption
        id="webhook-verification-token"
        name="verification"
        value="token"
        checked={value === 'token'}
        onSelect={() => onChange('token')}
        label="Shared token"
        hint="Also sends the secret itself in an X-Puente-Token header, for low-code tools that cannot check a signature."
        invalid={Boolean(error)}
        errorId={errorId}
      />
      {value === 'token' ? (
        <p className="rounded-md border-2 border-amber-600 bg-amber-50 p-3 text-sm text-amber-950" data-testid="token-warning">
          <strong>Weaker:</strong> anyone who sees one request (a proxy log, a misconfigured tool) can reuse the token to forge deliveries. Prefer the signature
          whenever the receiver can check it.
        </p>
      ) : null}
      <FieldError prefix={KIT_TEXTS.errorPrefix} id={errorId} message={error} testId="verification-error" />
    </fieldset>
  );
}
