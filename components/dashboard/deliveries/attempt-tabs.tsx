'use client';

import { useId, useRef, useState } from 'react';
import type { AttemptDetail } from '@/db/queries/deliveries';
import { BodyView, HeadersTable } from './body-view';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { errorClassLabel } from './format';

const TABS = ['request', 'response'] as const;
type Tab = (typeof TABS)[number];

/** Request / response of one attempt, as ARIA tabs (arrow keys, Home, End move between them). */
export function AttemptTabs({ attempt }: { attempt: AttemptDetail }) {
  const { m } = useStaffI18n();
  const t = m.deliveries.attempt;
  const [tab, setTab] = useState<Tab>('request');
  const base = useId();
  const refs = useRef<Record<Tab, HTMLButtonElement | null>>({ request: null, response: null });

  function onKeyDown(e: React.KeyboardEvent<HTMLButtonElement>) {
    const i = TABS.indexOf(tab);
    let next: number | null = null;
    if (e.key === 'ArrowRight') next = (i + 1) % TABS.length;
    else if (e.key === 'ArrowLeft') next = (i - 1 + TABS.length) % TABS.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = TABS.length - 1;
    if (next === null) return;
    e.preventDefault();
    const chosen = TABS[next]!;
    setTab(chosen);
    refs.current[chosen]?.focus();
  }

  return (
    <div data-testid="attempt-tabs">
      <div role="tablist" aria-label={m.deliveries.detail.attempt(attempt.attemptNumber)} className="flex gap-1 border-b-2 border-slate-200">
        {TABS.map((name) => (
          <button
            key={name}
            ref={(el) => {
              refs.current[name] = el;
            }}
            type="button"
            role="tab"
            id={`${base}-${name}-tab`}
            aria-selected={tab === name}
            aria-controls={`${base}-${name}-panel`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => setTab(name)}
            onKeyDown={onKeyDown}
            data-testid={`attempt-tab-${name}`}
            className={`-mb-0.5 rounded-t-md border-b-4 px-4 py-2 font-semibold focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-700 ${
              tab === name ? 'border-brand-700 text-brand-900' : 'border-transparent text-slate-700 hover:text-brand-800'
            }`}
          >
            {t.tabs[name]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${base}-request-panel`} aria-labelledby={`${base}-request-tab`} hidden={tab !== 'request'} tabIndex={0} className="space-y-4 pt-4 focus-visible:outline-3 focus-visible:outline-brand-700" data-testid="attempt-panel-request">
        <p className="text-sm">
          <span className="font-semibold">POST</span> <code className="break-all">{attempt.requestUrl}</code>
        </p>
        <HeadersTable headers={attempt.requestHeaders} caption={t.requestHeaders} testId="request-headers" m={m} />
        <BodyView body={attempt.requestBody} headers={attempt.requestHeaders} label={t.requestBody} testId="request-body" m={m} />
      </div>
      <div role="tabpanel" id={`${base}-response-panel`} aria-labelledby={`${base}-response-tab`} hidden={tab !== 'response'} tabIndex={0} className="space-y-4 pt-4 focus-visible:outline-3 focus-visible:outline-brand-700" data-testid="attempt-panel-response">
        {attempt.responseStatus === null ? (
          <p className="rounded-md border-2 border-red-700 bg-red-50 p-3 text-sm" data-testid="attempt-error">
            <span className="font-semibold">{t.noResponse(errorClassLabel(attempt.errorClass, m))}</span>{' '}
            {attempt.errorMessage ? <code className="break-all">{attempt.errorMessage}</code> : null}
          </p>
        ) : (
          <>
            <p className="text-sm">
              <span className="font-semibold">{t.httpStatus}</span> <code data-testid="response-status">{attempt.responseStatus}</code>
            </p>
            <HeadersTable headers={attempt.responseHeaders} caption={t.responseHeaders} testId="response-headers" m={m} />
            <BodyView
              body={attempt.responseBody}
              headers={attempt.responseHeaders}
              label={t.responseBody}
              truncated={attempt.responseBodyTruncated}
              testId="response-body"
              m={m}
            />
          </>
        )}
      </div>
    </div>
  );
}
