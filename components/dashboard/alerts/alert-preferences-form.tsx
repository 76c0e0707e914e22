'use client';

import { useActionState, useState } from 'react';
import { saveAlertPreferencesAction } from '@/app/actions/account/alert-preferences';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { buttonPrimary, hintBase } from '@/components/ui/styles';
import { IDLE, type ActionResult } from '@/lib/auth/action-result';

export interface AlertPreferencesFormProps {
  receives: boolean;
  defaultOn: boolean;
  locale: 'es' | 'en';
}

/** Opt in to (or out of) failure alert e-mails, and the language they come in. */
export function AlertPreferencesForm(p: AlertPreferencesFormProps) {
  const [state, action, pending] = useActionState(saveAlertPreferencesAction, IDLE as ActionResult);
  const t = useStaffI18n().m.account.alerts;
  const [on, setOn] = useState(p.receives);
  const [locale, setLocale] = useState(p.locale);
  return (
    <form action={action} className="max-w-xl space-y-4" data-testid="alert-preferences-form">
      {state.status === 'ok' ? (
        <p role="status" className="rounded-lg border-2 border-green-700 bg-green-50 p-3 font-semibold text-green-900" data-testid="alert-preferences-saved">
          {state.message}
        </p>
      ) : null}
      {state.status === 'error' ? (
        <p role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-900">
          {state.message}
        </p>
      ) : null}
      <div className="flex items-start gap-3">
        <input
          id="alerts-on"
          name="alertEmails"
          type="checkbox"
          checked={on}
          onChange={(e) => setOn(e.target.checked)}
          aria-describedby="alerts-on-hint"
          className="mt-1.5 h-5 w-5 shrink-0 accent-brand-700"
          data-testid="alert-emails"
        />
        <div>
          <label htmlFor="alerts-on" className="font-semibold text-slate-900">
            {t.label}
          </label>
          <span id="alerts-on-hint" className={hintBase}>
            {t.hint} {p.defaultOn ? t.defaultOn : t.defaultOff}
          </span>
        </div>
      </div>
      <fieldset>
        <legend className="font-semibold text-slate-900">{t.language}</legend>
        <div className="mt-2 flex gap-6">
          {(
            [
              ['es', 'Español'],
              ['en', 'English'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="flex items-center gap-2">
              <input type="radio" name="locale" value={value} checked={locale === value} onChange={() => setLocale(value)} className="h-5 w-5 accent-brand-700" />
              <span lang={value}>{label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" className={buttonPrimary} disabled={pending} data-testid="alert-preferences-submit">
        {pending ? t.saving : t.submit}
      </button>
    </form>
  );
}
