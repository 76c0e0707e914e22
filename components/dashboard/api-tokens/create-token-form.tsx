'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { createApiTokenAction, type CreatedApiToken } from '@/app/actions/dashboard/api-tokens/create-api-token';
import { fieldError, FormErrors } from '@/components/account/form-errors';
import { InputField } from '@/components/account/input-field';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { CopyButton } from '@/components/dashboard/webhooks/copy-button';
import { RadioOption } from '@/components/dashboard/webhooks/radio-option';
import { buttonPrimary, buttonSecondary, errorText, inputBase, labelBase } from '@/components/ui/styles';
import { IDLE, type ActionResult } from '@/lib/auth/action-result';

/** The choices of lib/api/tokens.ts (server-only, so not imported here); the action validates them. */
const SCOPES = ['read', 'write'] as const;
const LIFETIMES = ['7', '30', '90', '365', 'never'] as const;

/** "Create a token": name, scope and lifetime; the answer shows the whole token once. */
export function CreateTokenForm({ dept }: { dept: string }) {
  const [state, action, pending] = useActionState(createApiTokenAction, IDLE as ActionResult<CreatedApiToken>);
  // Controlled: React resets a form after its action, and a refused form keeps what was chosen.
  const [name, setName] = useState('');
  const [scope, setScope] = useState<string>('read');
  const [expiresIn, setExpiresIn] = useState<string>('90');
  const [dismissed, setDismissed] = useState<CreatedApiToken | null>(null);
  const created = state.status === 'ok' && state.data && state.data !== dismissed ? state.data : null;
  const t = useStaffI18n().m.api.tokens;

  if (created)
    return (
      <TokenOnce
        created={created}
        onDone={() => {
          setDismissed(created);
          setName('');
        }}
      />
    );

  const scopeError = fieldError(state, 'scope');
  const lifetimeError = fieldError(state, 'expiresIn');
  return (
    <form action={action} onSubmit={() => setDismissed(null)} className="max-w-2xl space-y-5" noValidate data-testid="api-token-form">
      <FormErrors state={state} labels={t.fieldLabels} idPrefix="token" />
      <input type="hidden" name="dept" value={dept} />
      <InputField id="token-name" name="name" label={t.name} hint={t.nameHint} maxLength={80} value={name} onChange={setName} error={fieldError(state, 'name')} />
      <fieldset aria-describedby={scopeError ? 'token-scope-error' : undefined} data-testid="token-scope">
        <legend className={labelBase}>{t.scope}</legend>
        <div className="mt-2 space-y-2">
          {SCOPES.map((s, i) => (
            <RadioOption
              key={s}
              id={i === 0 ? 'token-scope' : `token-scope-${s}`}
              name="scope"
              value={s}
              checked={scope === s}
              onSelect={() => setScope(s)}
              label={t.scopes[s]}
              hint={t.scopeHints[s]}
              invalid={Boolean(scopeError)}
              errorId="token-scope-error"
            />
          ))}
        </div>
        {scopeError ? (
          <p id="token-scope-error" className={errorText}>
            {scopeError}
          </p>
        ) : null}
      </fieldset>
      <fieldset aria-describedby={['token-lifetime-hint', lifetimeError ? 'token-expiresIn-error' : null].filter(Boolean).join(' ')} data-testid="token-lifetime">
        <legend className={labelBase}>{t.lifetime}</legend>
        <span id="token-lifetime-hint" className="mt-1 block text-sm text-slate-700">
          {t.lifetimeHint}
        </span>
        <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
          {LIFETIMES.map((l, i) => (
            <RadioOption
              key={l}
              id={i === 0 ? 'token-expiresIn' : `token-expiresIn-${l}`}
              name="expiresIn"
              value={l}
              checked={expiresIn === l}
              onSelect={() => setExpiresIn(l)}
              label={t.lifetimes[l]}
              invalid={Boolean(lifetimeError)}
              errorId="token-expiresIn-error"
            />
          ))}
        </div>
        {lifetimeError ? (
          <p id="token-expiresIn-error" className={errorText}>
            {lifetimeError}
          </p>
        ) : null}
      </fieldset>
      <button type="submit" className={buttonPrimary} disabled={pending} data-testid="api-token-submit">
        {pending ? t.submitting : t.submit}
      </button>
    </form>
  );
}

/** The new token in full, this once, with a copy button and the warning that it will not be shown again. */
function TokenOnce({ created, onDone }: { created: CreatedApiToken; onDone: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const t = useStaffI18n().m.api.tokens.created;
  useEffect(() => {
    heading.current?.focus();
  }, [created]);
  return (
    <div className="max-w-2xl space-y-3 rounded-lg border-4 border-amber-600 bg-amber-50 p-4" data-testid="api-token-created" data-token-id={created.id}>
      <h3 ref={heading} tabIndex={-1} className="text-lg font-bold text-amber-950">
        {t.title(created.name)}
      </h3>
      <p className="font-bold text-amber-950" id="api-token-warning">
        <span aria-hidden="true">⚠ </span>
        {t.copyNow}
      </p>
      <p className="text-sm text-amber-950">{t.keepSafe}</p>
      <label htmlFor="api-token-value" className={labelBase}>
        {t.label}
      </label>
      <input
        id="api-token-value"
        readOnly
        value={created.token}
        aria-describedby="api-token-warning"
        className={`${inputBase} font-mono text-sm`}
        onFocus={(e) => e.currentTarget.select()}
        data-testid="api-token-value"
      />
      <div className="flex flex-wrap items-center gap-3">
        <CopyButton value={created.token} targetId="api-token-value" label={t.copy} testId="copy-api-token" />
        <button type="button" className={buttonSecondary} onClick={onDone} data-testid="api-token-done">
          {t.done}
        </button>
      </div>
    </div>
  );
}
