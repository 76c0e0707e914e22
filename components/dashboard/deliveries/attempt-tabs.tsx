'use client';

import { useId, useRef, useState } from 'react';
import type { AttemptDetail } from '@/db/queries/deliveries';
import { BodyView, HeadersTable } from './body-view';
import { ERROR_CLASS_LABEL } from './format';

const TABS = [
  ['request', 'Request'],
  ['response', 'Response'],
] as const;
type Tab = (typeof TABS)[number][0];

/** Request / Response of one attempt, as ARIA tabs (arrow keys, Home, End move between them). */
export function AttemptTabs({ attempt }: { attempt: AttemptDetail }) {
  const [tab, setTab] = useState<Tab>('request');
  const base = useId();
  const refs = useRef<Record<Tab, HTMLButtonElement | null>>({ request: null, response: null });

  function onKeyDown(e: React.KeyboardEvent<HTMLButtonElement>) {
    const i = TABS.findIndex(([t]) => t === tab);
    let next: number | null = null;
    if (e.key === 'ArrowRight') next = (i + 1) % TABS.length;
    else if (e.key === 'ArrowLeft') next = (i - 1 + TABS.length) % TABS.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = TABS.length - 1;
    if (next === null) return;
    e.preventDefault();
    const t = TABS[next]![0];
    setTab(t);
    refs.current[t]?.focus();
  }

  return (
    <div data-testid="attempt-tabs">
      <div role="tablist" aria-label={`Attempt ${attempt.attemptNumber}`} className="flex gap-1 border-b-2 border-slate-200">
        {TABS.map(([t, label]) => (
          <button
            key={t}
            ref={(el) => {
              refs.current[t] = el;
            }}
            type="button"
            role="tab"
            id={`${base}-${t}-tab`}
            aria-selected={tab === t}
            aria-controls={`${base}-${t}-panel`}
            tabIndex={tab === t ? 0 : -1}
            onClick={() => setTab(t)}
            onKeyDown={onKeyDown}
            data-testid={`attempt-tab-${t}`}
            className={`-mb-0.5 rounded-t-md border-b-4 px-4 py-2 font-semibold focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-700 ${
              tab === t ? 'border-brand-700 text-brand-900' : 'border-transparent text-slate-700 hover:text-brand-800'
            }`}
          >
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${base}-request-panel`} aria-labelledby={`${base}-request-tab`} hidden={tab !== 'request'} tabIndex={0} className="space-y-4 pt-4 focus-visible:outline-3 focus-visible:outline-brand-700" data-testid="attempt-panel-request">
        <p className="text-sm">
          <span className="font-semibold">POST</span> <code className="break-all">{attempt.requestUrl}</code>
        </p>
        <HeadersTable headers={attempt.requestHeaders} caption="Request headers" testId="request-headers" />
        <BodyView body={attempt.requestBody} headers={attempt.requestHeaders} label="Request body" testId="request-body" />
      </div>
      <div role="tabpanel" id={`${base}-response-panel`} aria-labelledby={`${base}-response-tab`} hidden={tab !== 'response'} tabIndex={0} className="space-y-4 pt-4 focus-visible:outline-3 focus-visible:outline-brand-700" data-testid="attempt-panel-response">
        {attempt.responseStatus === null ? (
          <p className="rounded-md border-2 border-red-700 bg-red-50 p-3 text-sm" data-testid="attempt-error">
            <span className="font-semibold">No response: {ERROR_CLASS_LABEL[attempt.errorClass ?? ''] ?? attempt.errorClass ?? 'error'}.</span>{' '}
            {attempt.errorMessage ? <code className="break-all">{attempt.errorMessage}</code> : null}
          </p>
        ) : (
          <>
            <p className="text-sm">
              <span className="font-semibold">HTTP status</span> <code data-testid="response-status">{attempt.responseStatus}</code>
            </p>
            <HeadersTable headers={attempt.responseHeaders} caption="Response headers" testId="response-headers" />
            <BodyView body={attempt.responseBody} headers={attempt.responseHeaders} label="Response body" truncated={attempt.responseBodyTruncated} testId="response-body" />
          </>
        )}
      </div>
    </div>
  );
}
