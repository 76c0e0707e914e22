'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { AttemptSummary } from '@/db/queries/deliveries';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import type { StaffMessages } from '@/lib/i18n/staff';
import { phaseOf, waitsForProbe } from '../webhooks/breaker';
import { deliveryKeys, fetchDeliveryDetail, ProblemError, type DetailResponse } from './api';
import { AttemptTabs } from './attempt-tabs';
import { errorClassLabel, formatAbsolute, formatMs, triggerLabel } from './format';
import { LiveIndicator } from './live-indicator';
import { RedeliverButton } from './redeliver-button';
import { StatusBadge } from './status-badge';
import { TestTag } from './test-tag';
import { TimeAgo } from './time-ago';
import { POLL_MS, useDeliveryEvents } from './use-delivery-events';
import { useNow } from './use-now';

interface Props {
  dept: string;
  id: string;
  initial: DetailResponse;
  /** The attempt named in ?attempt= (null: follow the latest). */
  initialAttempt: string | null;
}

function outcome(a: AttemptSummary, m: StaffMessages): string {
  if (a.responseStatus !== null) return `HTTP ${a.responseStatus}`;
  return errorClassLabel(a.errorClass, m);
}

function outcomeClass(a: AttemptSummary): string {
  if (a.responseStatus !== null && a.responseStatus >= 200 && a.responseStatus < 300) return 'text-green-800';
  return 'text-red-800';
}

export function DeliveryDetailView({ dept, id, initial, initialAttempt }: Props) {
  const live = useDeliveryEvents(dept);
  const { locale, m } = useStaffI18n();
  const t = m.deliveries.detail;
  const [attempt, setAttempt] = useState<string | null>(initialAttempt);
  const { data, error, isFetching } = useQuery({
    queryKey: deliveryKeys.detail(dept, id, attempt),
    queryFn: ({ signal }) => fetchDeliveryDetail(dept, id, attempt, signal),
    initialData: attempt === initialAttempt ? initial : undefined,
    placeholderData: keepPreviousData,
    refetchInterval: live === 'live' ? false : POLL_MS,
  });
  const view = data ?? initial;
  const d = view.delivery;
  const tick = useNow(Date.parse(initial.serverTime));
  const now = Math.max(tick, Date.parse(view.serverTime));

  // Announce attempts that arrive while the page is open.
  const seen = useRef(view.attempts.length);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    const n = view.attempts.length;
    if (n > seen.current) {
      const latest = view.attempts[0]!;
      setAnnouncement(t.newAttempt(latest.attemptNumber, outcome(latest, m)));
    }
    seen.current = n;
  }, [view.attempts, t, m]);

  function choose(e: React.MouseEvent<HTMLAnchorElement>, attemptId: string, isLatest: boolean) {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    const next = isLatest ? null : attemptId;
    setAttempt(next);
    const url = new URL(window.location.href);
    if (next) url.searchParams.set('attempt', next);
    else url.searchParams.delete('attempt');
    window.history.replaceState(window.history.state, '', url);
  }

  const selectedId = view.selected?.id ?? null;
  const waiting = d.status === 'retrying' || d.status === 'pending';
  // The webhook's circuit breaker is open: the next attempt waits for its probe, whatever the schedule says.
  const probePhase = waiting ? phaseOf(d.webhookNextProbeAt ?? null, now) : null;
  const showNext = waiting && (probePhase !== null || d.nextAttemptAt);

  return (
    <div className="space-y-6" data-testid="delivery-detail" data-delivery-id={d.id} data-status={d.status}>
      <p role="status" aria-live="polite" aria-atomic="true" className="sr-only" data-testid="delivery-detail-announcer">
        {announcement}
      </p>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="space-y-1">
          <h2 className="text-xl font-bold text-brand-900">
            {t.heading} <code className="font-mono text-lg" data-testid="delivery-id">{d.id}</code>
          </h2>
          <LiveIndicator state={live} fetching={isFetching} m={m} />
        </div>
        {d.dataPurgedAt ? null : <RedeliverButton dept={dept} deliveryId={d.id} />}
      </div>
      {d.dataPurgedAt ? (
        <p className="rounded-md border-2 border-slate-400 bg-slate-50 p-3 text-slate-900" data-testid="delivery-purged">
          {t.purged(formatAbsolute(d.dataPurgedAt))}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-800">
          {m.deliveries.couldNotRefresh}
          {error instanceof ProblemError ? m.deliveries.refreshStatus(error.status) : ''}.
        </p>
      ) : null}
      <dl className="grid gap-x-6 gap-y-3 rounded-lg border-2 border-slate-200 p-4 text-sm sm:grid-cols-2 lg:grid-cols-3" data-testid="delivery-header">
        <div>
          <dt className="font-semibold text-slate-700">{t.status}</dt>
          <dd>
            <StatusBadge status={d.status} m={m} />
          </dd>
        </div>
        <div>
          <dt className="font-semibold text-slate-700">{t.event}</dt>
          <dd className="font-mono">
            {d.eventType}
            {d.test ? <TestTag m={m} /> : null}
          </dd>
        </div>
        <div>
          <dt className="font-semibold text-slate-700">{t.created}</dt>
          <dd>
            <TimeAgo iso={d.createdAt} now={now} locale={locale} past />
          </dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="font-semibold text-slate-700">{t.messageId}</dt>
          <dd className="font-mono break-all" data-testid="delivery-message-id">
            {d.messageId}
          </dd>
        </div>
        <div>
          <dt className="font-semibold text-slate-700">{t.attempts}</dt>
          <dd className="tabular-nums" data-testid="delivery-attempt-count">
            {d.attemptCount}
          </dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="font-semibold text-slate-700">{t.webhook}</dt>
          <dd className="font-mono break-all">
            {d.webhookUrl}
            {d.webhookDescription ? <span className="block font-sans text-slate-700">{d.webhookDescription}</span> : null}
          </dd>
        </div>
        {showNext ? (
          <div>
            <dt className="font-semibold text-slate-700">{t.nextAttempt}</dt>
            <dd data-testid="delivery-next-attempt">
              {probePhase && d.webhookNextProbeAt ? (
                <span className="font-semibold text-amber-900" data-testid="delivery-waits-for-probe">
                  {waitsForProbe(probePhase, d.webhookNextProbeAt, now, m)}
                </span>
              ) : (
                <TimeAgo iso={d.nextAttemptAt!} now={now} locale={locale} />
              )}
            </dd>
          </div>
        ) : null}
      </dl>

      <div className="grid gap-6 lg:grid-cols-[20rem_1fr]">
        <section aria-labelledby="attempts-heading" className="space-y-2">
          <h3 id="attempts-heading" className="text-lg font-bold text-brand-900">
            {t.attemptsHeading}
          </h3>
          {view.attempts.length === 0 ? (
            <p className="text-sm text-slate-700" data-testid="attempts-empty">
              {t.notAttempted}
            </p>
          ) : (
            <ol className="relative space-y-2 border-l-2 border-slate-300 pl-4" data-testid="attempts-timeline" aria-label={t.timeline}>
              {view.attempts.map((a, i) => {
                const selected = a.id === selectedId;
                return (
                  <li key={a.id} data-testid="attempt-item" data-attempt-id={a.id} data-attempt-number={a.attemptNumber} data-trigger={a.trigger} className="relative">
                    <span aria-hidden="true" className={`absolute top-3 -left-[1.4rem] h-3 w-3 rounded-full border-2 border-white ${outcomeClass(a) === 'text-green-800' ? 'bg-green-700' : 'bg-red-700'}`} />
                    <a
                      href={`?attempt=${a.id}`}
                      onClick={(e) => choose(e, a.id, i === 0)}
                      aria-current={selected ? 'true' : undefined}
                      className={`block rounded-md border-2 p-2 text-sm no-underline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-700 ${
                        selected ? 'border-brand-700 bg-brand-50' : 'border-slate-200 hover:border-brand-600'
                      }`}
                    >
                      <span className="flex flex-wrap items-baseline justify-between gap-2">
                        <span className="font-semibold text-slate-900">{t.attempt(a.attemptNumber)}</span>
                        <span className={`font-mono font-semibold ${outcomeClass(a)}`} data-testid="attempt-outcome">
                          {outcome(a, m)}
                        </span>
                      </span>
                      <span className="block text-slate-800">
                        <TimeAgo iso={a.startedAt} now={now} locale={locale} stacked={false} past /> · {triggerLabel(a.trigger, m)} · {formatMs(a.durationMs)}
                      </span>
                      {a.remoteAddress ? <span className="block font-mono text-xs text-slate-700">{t.to(a.remoteAddress)}</span> : null}
                      {a.nextAttemptAt ? (
                        i === 0 && d.status === 'retrying' ? (
                          <span className="block text-xs font-semibold text-amber-900" data-testid="attempt-next-retry">
                            {t.nextRetry} <TimeAgo iso={a.nextAttemptAt} now={now} locale={locale} stacked={false} />
                          </span>
                        ) : (
                          <span className="block text-xs text-slate-700" data-testid="attempt-planned-retry">
                            {t.retryPlanned}
                            <time dateTime={a.nextAttemptAt}>{formatAbsolute(a.nextAttemptAt)}</time>
                          </span>
                        )
                      ) : null}
                      {selected ? <span className="sr-only">{t.shown}</span> : null}
                    </a>
                  </li>
                );
              })}
            </ol>
          )}
        </section>
        <section aria-labelledby="attempt-heading" className="min-w-0 space-y-2" data-testid="attempt-detail" data-attempt-id={view.selected?.id ?? ''}>
          <h3 id="attempt-heading" className="text-lg font-bold text-brand-900">
            {view.selected ? t.attempt(view.selected.attemptNumber) : t.noAttempt}
          </h3>
          {view.selected ? <AttemptTabs key={view.selected.id} attempt={view.selected} /> : null}
        </section>
      </div>
    </div>
  );
}
