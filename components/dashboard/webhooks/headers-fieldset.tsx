'use client';

import { useRef } from 'react';
import { buttonSecondary } from '@/components/ui/styles';
import { FieldError } from '@/components/ui/field';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { MAX_HEADERS, type HeaderRow as Row } from './form-values';
import { HeaderRow, type RevealTarget } from './header-row';

/** Up to ten extra headers sent with every delivery (e.g. an API key the receiver's gateway wants). */
export function HeadersFieldset({ rows, onRows, errors, reveal }: { rows: Row[]; onRows: (rows: Row[]) => void; errors: Record<string, string | undefined>; reveal?: RevealTarget }) {
  const { m } = useStaffI18n();
  const t = m.webhooks.form;
  const nextKey = useRef(1000);
  const errorId = 'webhook-headers-error';
  const error = errors.customHeaders;
  function add() {
    const key = nextKey.current++;
    onRows([...rows, { key, name: '', value: '', keep: '' }]);
    // Move focus to the new row's name once it is rendered.
    requestAnimationFrame(() => document.getElementById(`webhook-header-${rows.length}-name`)?.focus());
  }
  function remove(i: number) {
    onRows(rows.filter((_, j) => j !== i));
    requestAnimationFrame(() => document.getElementById('webhook-headers-add')?.focus());
  }
  return (
    <fieldset className="space-y-3 rounded-lg border-2 border-slate-200 p-4" aria-describedby={error ? `webhook-headers-hint ${errorId}` : 'webhook-headers-hint'} data-testid="headers-fieldset">
      <legend className="px-1 text-lg font-bold text-brand-900">{t.headers}</legend>
      <p id="webhook-headers-hint" className="text-sm text-slate-700">
        {t.headersHint(MAX_HEADERS)}
      </p>
      {rows.length > 0 ? (
        <ul className="space-y-2">
          {rows.map((row, i) => (
            <HeaderRow
              key={row.key}
              index={i}
              row={row}
              onChange={(r) => onRows(rows.map((x, j) => (j === i ? r : x)))}
              onRemove={() => remove(i)}
              nameError={errors[`header.${i}.name`]}
              valueError={errors[`header.${i}.value`]}
              reveal={reveal}
            />
          ))}
        </ul>
      ) : (
        <p className="text-slate-700">{t.noHeaders}</p>
      )}
      <FieldError prefix={m.common.kit.errorPrefix} id={errorId} message={error} testId="customHeaders-error" />
      {rows.length < MAX_HEADERS ? (
        <button type="button" id="webhook-headers-add" onClick={add} className={buttonSecondary}>
          {t.addHeader}
        </button>
      ) : (
        <p className="text-sm text-slate-700" id="webhook-headers-add" tabIndex={-1}>
          {t.maxHeaders(MAX_HEADERS)}
        </p>
      )}
    </fieldset>
  );
}
