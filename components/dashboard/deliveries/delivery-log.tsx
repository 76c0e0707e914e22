'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { textLink } from '@/components/ui/styles';
import { DataTable, tableCell, tableRow, tableRowHeader } from '@/components/ui/data-table';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { breakerExplanation, breakerHeadline, phaseOf, waitsForProbe } from '../webhooks/breaker';
import { deliveryKeys, fetchDeliveryPage, ProblemError, type ListResponse } from './api';
import { formatMs, shortId } from './format';
import { LiveIndicator } from './live-indicator';
import { StatusBadge } from './status-badge';
import { TestTag } from './test-tag';
import { deliveryNote } from '@/lib/delivery/stored-notes';
import { TimeAgo } from './time-ago';
import { POLL_MS, useDeliveryEvents } from './use-delivery-events';
import { useNow } from './use-now';

interface Props {
  dept: string;
  /** The page's filters and cursor, as a query string. */
  query: string;
  /** The same filters without the cursor (for "Newest" and "Older" links). */
  baseQuery: string;
  initial: ListResponse;
  /** What the table shows, for its caption (e.g. "Entregas a https://…, estado fallida"). */
  caption: string;
}

const HIGHLIGHT_MS = 6_000;

export function DeliveryLog({ dept, query, baseQuery, initial, caption }: Props) {
  const live = useDeliveryEvents(dept);
  const { locale, m } = useStaffI18n();
  const t = m.deliveries.log;
  const columns = [
    { key: 'delivery', header: t.columns.delivery },
    { key: 'event', header: t.columns.event },
    { key: 'status', header: t.columns.status },
    { key: 'response', header: t.columns.response },
    { key: 'attempts', header: t.columns.attempts, align: 'right' },
    { key: 'duration', header: t.columns.duration, align: 'right' },
    { key: 'time', header: t.columns.time },
    { key: 'webhook', header: t.columns.webhook },
  ] as const;
  const { data, error, isFetching } = useQuery({
    queryKey: deliveryKeys.list(dept, query),
    queryFn: ({ signal }) => fetchDeliveryPage(dept, query, signal),
    initialData: initial,
    refetchInterval: live === 'live' ? false : POLL_MS,
  });
  // The server's clock of the latest fetch counts too: a row fetched just now is not in the future.
  const tick = useNow(Date.parse(initial.serverTime));
  const now = Math.max(tick, Date.parse(data.serverTime));
  const isOlderPage = /(^|&)cursor=/.test(query);

  // Rows that were not there before: highlighted a moment, and announced politely.
  const known = useRef<Set<string>>(new Set(initial.items.map((i) => i.id)));
  const [fresh, setFresh] = useState<Set<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    const added = data.items.filter((i) => !known.current.has(i.id)).map((i) => i.id);
    for (const i of data.items) known.current.add(i.id);
    if (added.length === 0) return;
    setFresh(new Set(added));
    setAnnouncement(t.newOnes(added.length));
    const timer = setTimeout(() => setFresh(new Set()), HIGHLIGHT_MS);
    return () => clearTimeout(timer);
  }, [data, t]);

  // Webhooks whose circuit breaker is open: a notice each above the list, and a word on their waiting rows.
  const paused = (data.pausedWebhooks ?? []).flatMap((w) => {
    const phase = phaseOf(w.nextProbeAt, now);
    return phase ? [{ ...w, phase }] : [];
  });
  const pausedById = new Map(paused.map((w) => [w.id, w]));

  const base = `/dashboard/${dept}/deliveries`;
  const olderHref = data.nextCursor ? `${base}?${baseQuery ? `${baseQuery}&` : ''}cursor=${encodeURIComponent(data.nextCursor)}` : null;
  const newestHref = baseQuery ? `${base}?${baseQuery}` : base;

  return (
    <section aria-labelledby="delivery-log-heading" className="space-y-3" data-testid="delivery-log">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="delivery-log-heading" className="text-xl font-bold text-brand-900">
          {t.heading}
        </h2>
        <LiveIndicator state={live} fetching={isFetching} m={m} />
      </div>
      <p role="status" aria-live="polite" aria-atomic="true" className="sr-only" data-testid="delivery-log-announcer">
        {announcement}
      </p>
      <div role="status" className="space-y-2" data-testid="paused-webhooks">
        {paused.map((w) => (
          <div
            key={w.id}
            className={`rounded-md border-2 p-3 ${w.phase === 'paused' ? 'border-amber-600 bg-amber-50 text-amber-950' : 'border-sky-700 bg-sky-50 text-sky-950'}`}
            data-testid="paused-webhook"
            data-webhook-id={w.id}
            data-phase={w.phase}
          >
            <p className="font-bold" data-testid="paused-webhook-headline">
              {breakerHeadline(w.phase, w, now, m)}
            </p>
            <p className="text-sm">
              {t.webhook}{' '}
              <Link href={`/dashboard/${dept}/webhooks/${w.id}`} className={`${textLink} break-all font-mono`}>
                {w.url}
              </Link>
              {w.description ? ` (${w.description})` : ''}. {breakerExplanation(w.phase, m)}
            </p>
          </div>
        ))}
      </div>
      {error ? (
        <p role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-800">
          {m.deliveries.couldNotRefreshList}
          {error instanceof ProblemError ? m.deliveries.refreshStatus(error.status) : ''}.
        </p>
      ) : null}
      <DataTable
        columns={columns}
        caption={t.caption(caption, data.items.length)}
        captionVisible
        regionLabel={t.region}
        minWidth="min-w-[60rem]"
        dense
        testId="delivery-table"
      >
        {data.items.length === 0 ? (
          <tr>
            <td colSpan={8} className="px-3 py-6 text-center text-slate-700" data-testid="delivery-log-empty">
              {isOlderPage ? t.noOlder : t.empty}
            </td>
          </tr>
        ) : (
          data.items.map((d) => {
            const pw = d.status === 'pending' || d.status === 'retrying' ? pausedById.get(d.webhookId) : undefined;
            return (
              <tr
                key={d.id}
                data-testid="delivery-row"
                data-delivery-id={d.id}
                data-status={d.status}
                className={`${tableRow()} transition-colors duration-1000 ${fresh.has(d.id) ? 'bg-amber-50' : ''}`}
              >
                <th scope="row" className={tableRowHeader('framed', '', true)}>
                  <Link href={`${base}/${d.id}`} className={`${textLink} font-mono`} title={d.id} data-testid="delivery-link">
                    {shortId(d.id)}
                  </Link>
                </th>
                <td className={tableCell('framed', 'font-mono', true)}>
                  {d.eventType}
                  {d.test ? <TestTag m={m} /> : null}
                </td>
                <td className={tableCell('framed', '', true)}>
                  <StatusBadge status={d.status} m={m} />
                  {pw ? (
                    <span className="mt-0.5 block text-xs font-semibold text-amber-900" data-testid="delivery-waits-for-probe">
                      {waitsForProbe(pw.phase, pw.nextProbeAt, now, m)}
                    </span>
                  ) : null}
                </td>
                <td className={tableCell('framed', 'font-mono', true)} data-testid="delivery-response">
                  {d.lastStatusCode ?? (d.lastError ? <span className="font-sans text-slate-700">{deliveryNote(d.lastError, m)}</span> : '—')}
                </td>
                <td className={tableCell('framed', 'text-right tabular-nums', true)} data-testid="delivery-attempts">
                  {d.attemptCount}
                </td>
                <td className={tableCell('framed', 'text-right tabular-nums', true)}>{formatMs(d.lastDurationMs)}</td>
                <td className={tableCell('framed', 'whitespace-nowrap', true)}>
                  <TimeAgo iso={d.createdAt} now={now} locale={locale} past />
                </td>
                <td className={tableCell('framed', 'max-w-[18rem] truncate font-mono text-xs', true)} title={d.webhookUrl}>
                  {d.webhookUrl}
                </td>
              </tr>
            );
          })
        )}
      </DataTable>
      <nav aria-label={t.pages} className="flex gap-4">
        {isOlderPage ? (
          <Link href={newestHref} className={textLink} data-testid="delivery-newest">
            {t.newest}
          </Link>
        ) : null}
        {olderHref ? (
          <Link href={olderHref} className={textLink} data-testid="delivery-older">
            {t.older}
          </Link>
        ) : null}
      </nav>
    </section>
  );
}
