'use client';

import { useState, useTransition } from 'react';
import { revealWebhookHeaderAction } from '@/app/actions/dashboard/webhooks/reveal-webhook-header';
import { buttonSecondary, inputBase, labelBase } from '@/components/ui/styles';
import { IDLE, type ActionResult } from '@/lib/auth/action-result';
import { MASKED_VALUE } from '@/lib/webhooks/sensitive-headers';
import { FieldError } from '@/components/ui/field';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import type { HeaderRow as Row } from './form-values';

/** Where a masked value can be revealed from (the edit form of a saved webhook). */
export interface RevealTarget {
  dept: string;
  webhookId: string;
}

/** One custom header: name and value inputs and a Remove button. A masked value keeps the stored one when left empty. */
export function HeaderRow(p: {
  index: number;
  row: Row;
  onChange: (row: Row) => void;
  onRemove: () => void;
  nameError?: string;
  valueError?: string;
  reveal?: RevealTarget;
}) {
  const { m } = useStaffI18n();
  const t = m.webhooks.form;
  const n = p.index;
  const [revealing, startReveal] = useTransition();
  const [revealStatus, setRevealStatus] = useState<{ ok: boolean; message: string } | null>(null);
  function reveal() {
    const target = p.reveal;
    if (!target) return;
    startReveal(async () => {
      const fd = new FormData();
      fd.set('dept', target.dept);
      fd.set('webhookId', target.webhookId);
      fd.set('name', p.row.keep);
      const r = await revealWebhookHeaderAction(IDLE as ActionResult<{ value: string }>, fd);
      if (r.status === 'ok' && r.data) {
        p.onChange({ ...p.row, value: r.data.value, keep: '' });
        setRevealStatus({ ok: true, message: r.message ?? '' });
      } else setRevealStatus({ ok: false, message: (r.status === 'error' && r.message) || '' });
    });
  }
  const nameId = `webhook-header-${n}-name`;
  const valueId = `webhook-header-${n}-value`;
  const masked = p.row.keep !== '';
  const valueHintId = `${valueId}-hint`;
  return (
    <li className="grid gap-2 rounded-md border-2 border-slate-200 p-3 sm:grid-cols-[1fr_1.4fr_auto] sm:items-start" data-testid="header-row">
      <div>
        <label htmlFor={nameId} className={labelBase}>
          {t.headerName(n + 1)}
        </label>
        <input
          id={nameId}
          name={`header.${n}.name`}
          value={p.row.name}
          onChange={(e) => p.onChange({ ...p.row, name: e.target.value })}
          maxLength={100}
          autoComplete="off"
          spellCheck={false}
          placeholder="X-Api-Version"
          aria-invalid={p.nameError ? true : undefined}
          aria-describedby={p.nameError ? `${nameId}-error` : undefined}
          className={`${inputBase} mt-1 font-mono text-sm`}
        />
        <FieldError prefix={m.common.kit.errorPrefix} id={`${nameId}-error`} message={p.nameError} />
      </div>
      <div>
        <label htmlFor={valueId} className={labelBase}>
          {t.headerValue(n + 1)}
        </label>
        <input
          id={valueId}
          name={`header.${n}.value`}
          value={p.row.value}
          onChange={(e) => p.onChange({ ...p.row, value: e.target.value })}
          maxLength={1000}
          autoComplete="off"
          spellCheck={false}
          placeholder={masked ? MASKED_VALUE : undefined}
          aria-invalid={p.valueError ? true : undefined}
          aria-describedby={[masked ? valueHintId : null, p.valueError ? `${valueId}-error` : null].filter(Boolean).join(' ') || undefined}
          className={`${inputBase} mt-1 font-mono text-sm`}
        />
        {masked ? (
          <span id={valueHintId} className="mt-1 block text-sm text-slate-700">
            {t.maskedHint}
          </span>
        ) : null}
        {masked && p.reveal ? (
          <button type="button" onClick={reveal} disabled={revealing} className={`${buttonSecondary} mt-2`} data-testid="reveal-header" aria-label={t.revealHeader(p.row.keep)}>
            {revealing ? m.webhooks.secret.revealing : m.webhooks.secret.reveal}
          </button>
        ) : null}
        <p role="status" className={`mt-1 text-sm ${revealStatus?.ok === false ? 'font-semibold text-red-800' : 'text-slate-700'}`} data-testid="reveal-header-result">
          {revealStatus?.message ?? ''}
        </p>
        <input type="hidden" name={`header.${n}.keep`} value={p.row.keep} />
        <FieldError prefix={m.common.kit.errorPrefix} id={`${valueId}-error`} message={p.valueError} />
      </div>
      <div className="sm:pt-8">
        <button
          type="button"
          onClick={p.onRemove}
          className="rounded-md border-2 border-slate-600 bg-white px-3 py-1.5 text-sm font-semibold text-slate-900 hover:bg-slate-100"
          aria-label={t.removeHeader(n + 1, p.row.name)}
        >
          {t.remove}
        </button>
      </div>
    </li>
  );
}
