'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { textLink } from '@/components/ui/styles';
import { DataTable, tableCell, tableRow, tableRowHeader } from '@/components/ui/data-table';
import { breakerExplanation, breakerHeadline, phaseOf, waitsForProbe } from '../webhooks/breaker';
import { deliveryKeys, fetchDeliveryPage, type ListResponse } from './api';
import { formatMs, shortId } from './format';
import { LiveIndicator } from './live-indicator';
import { StatusBadge } from './status-badge';
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
  /** What the table shows, for its caption (e.g. "Deliveries to https://…, failed only"). */
  caption: string;
}

const HIGHLIGHT_MS = 6_000;

const COLUMNS = [
  { key: 'delivery', header: 'Delivery' },
  { key: 'event', header: 'Event' },
  { key: 'status', header: 'Status' },
  { key: 'response', header: 'Response' },
  { key: 'attempts', header: 'Attempts', align: 'right' },
  { key: 'duration', header: 'Duration', align: 'right' },
  { key: 'time', header: 'Time' },
  { key: 'webhook', header: 'Webhook' },
] as const;

export function DeliveryLog({ dept, query, baseQuery, initial, caption }: Props) {
  const live = useDeliveryEvents(dept);
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
    setAnnouncement(`${added.length} new ${added.length === 1 ? 'delivery' : 'deliveries'}`);
    const t = setTimeout(() => setFresh(new Set()), HIGHLIGHT_MS);
    return () => clearTimeout(t);
  }, [data]);

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
          Recent deliveries
        </h2>
        <LiveIndicator state={live} fetching={isFetching} />
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
              {breakerHeadline(w.phase, w, now)}
            </p>
            <p className="text-sm">
              Webhook{' '}
              <Link href={`/dashboard/${dept}/webhooks/${w.id}`} className={`${textLink} break-all font-mono`}>
                {w.url}
              </Link>
              {w.description ? ` (${w.description})` : ''}. {breakerExplanation(w.phase)}
            </p>
          </div>
        ))}
      </div>
      {error ? (
        <p role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-800">
          Could not refresh the list: {error.message}
        </p>
      ) : null}
      <DataTable
        columns={COLUMNS}
        caption={`${caption}. Newest first, ${data.items.length} shown.`}
        captionVisible
        regionLabel="Deliveries table"
        minWidth="min-w-[60rem]"
        dense
        testId="delivery-table"
      >
        {data.items.length === 0 ? (
          <tr>
            <td colSpan={8} className="px-3 py-6 text-center text-slate-700" data-testid="delivery-log-empty">
              {isOlderPage ? 'No older deliveries.' : 'No deliveries match. New ones appear here as they happen.'}
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
                <td className={tableCell('framed', 'font-mono', true)}>{d.eventType}</td>
                <td className={tableCell('framed', '', true)}>
                  <StatusBadge status={d.status} />
                  {pw ? (
                    <span className="mt-0.5 block text-xs font-semibold text-amber-900" data-testid="delivery-waits-for-probe">
                      {waitsForProbe(pw.phase, pw.nextProbeAt, now)}
                    </span>
                  ) : null}
                </td>
                <td className={tableCell('framed', 'font-mono', true)} data-testid="delivery-response">
                  {d.lastStatusCode ?? (d.lastError ? <span className="font-sans text-slate-700">{d.lastError}</span> : '—')}
                </td>
                <td className={tableCell('framed', 'text-right tabular-nums', true)} data-testid="delivery-attempts">
                  {d.attemptCount}
                </td>
                <td className={tableCell('framed', 'text-right tabular-nums', true)}>{formatMs(d.lastDurationMs)}</td>
                <td className={tableCell('framed', 'whitespace-nowrap', true)}>
                  <TimeAgo iso={d.createdAt} now={now} past />
                </td>
                <td className={tableCell('framed', 'max-w-[18rem] truncate font-mono text-xs', true)} title={d.webhookUrl}>
                  {d.webhookUrl}
                </td>
              </tr>
            );
          })
        )}
      </DataTable>
      <nav aria-label="Delivery pages" className="flex gap-4">
        {isOlderPage ? (
          <Link href={newestHref} className={textLink} data-testid="delivery-newest">
            ← Newest
          </Link>
        ) : null}
        {olderHref ? (
          <Link href={olderHref} className={textLink} data-testid="delivery-older">
            Older →
          </Link>
        ) : null}
      </nav>
    </section>
  );
}
