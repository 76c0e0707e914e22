'use client';

import { useRef } from 'react';
import { buttonSecondary } from '@/components/ui/styles';
import { FieldError } from '@/components/ui/field';
import { KIT_TEXTS } from '@/components/dashboard/kit-texts';
import { MAX_HEADERS, type HeaderRow as Row } from './form-values';
import { HeaderRow, type RevealTarget } from './header-row';

/** Up to ten extra headers sent with every delivery (e.g. an API key the receiver's gateway wants). */
export function HeadersFieldset({ rows, onRows, errors, reveal }: { rows: Row[]; onRows: (rows: Row[]) => void; errors: Record<string, string | undefined>; reveal?: RevealTarget }) {
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
      <legend className="px-1 text-lg font-bold text-brand-900">Custom headers</legend>
      <p id="webhook-headers-hint" className="text-sm text-slate-700">
        Sent with every delivery, up to {MAX_HEADERS}. Puente&apos;s own headers cannot be replaced: Content-Type, Content-Length, Host, User-Agent, Connection,
        Transfer-Encoding, webhook-*, X-Hub-*, X-GitHub-* and X-Puente-*.
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
        <p className="text-slate-700">No custom headers.</p>
      )}
      <FieldError prefix={KIT_TEXTS.errorPrefix} id={errorId} message={error} testId="customHeaders-error" />
      {rows.length < MAX_HEADERS ? (
        <button type="button" id="webhook-headers-add" onClick={add} className={buttonSecondary}>
          Add header
        </button>
      ) : (
        <p className="text-sm text-slate-700" id="webhook-headers-add" tabIndex={-1}>
          That is the maximum of {MAX_HEADERS} headers.
        </p>
      )}
    </fieldset>
  );
}
