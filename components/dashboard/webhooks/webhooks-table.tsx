import Link from 'next/link';
import type { WebhookListItem } from '@/db/queries/webhooks';
import { textLink } from '@/components/ui/styles';
import { DataTable, tableCell, tableRow, tableRowHeader } from '@/components/ui/data-table';
import type { Locale } from '@/lib/i18n/locale';
import type { StaffMessages } from '@/lib/i18n/staff';
import { breakerHeadline, breakerPhase } from './breaker';
import { eventsLabel } from './format';
import { LastDelivery } from './last-delivery';
import { Sparkline } from './sparkline';
import { webhookState, WebhookStateBadge } from './webhook-state-badge';

/** The department's webhooks; each URL links to its page. `now` (ms): paused or probing, for an open breaker. */
export function WebhooksTable({ dept, webhooks, now, locale, m }: { dept: string; webhooks: WebhookListItem[]; now: number; locale: Locale; m: StaffMessages }) {
  const t = m.webhooks.table;
  const columns = [
    { key: 'url', header: t.url },
    { key: 'events', header: t.events },
    { key: 'state', header: t.state },
    { key: 'last', header: t.last },
    { key: 'hourly', header: t.hourly },
  ];
  return (
    <DataTable
      columns={columns}
      caption={t.caption}
      regionLabel={t.region}
      minWidth="min-w-[56rem]"
      testId="webhooks-table"
    >
      {webhooks.map((w) => {
        const phase = breakerPhase(w, now);
        return (
          <tr key={w.id} className={tableRow()} data-testid="webhook-row" data-webhook-id={w.id}>
            <th scope="row" className={tableRowHeader('framed', 'max-w-[24rem]')}>
              <Link href={`/dashboard/${dept}/webhooks/${w.id}`} className={`${textLink} break-all font-mono text-sm`} data-testid="webhook-link">
                {w.url}
              </Link>
              {w.description ? <span className="mt-1 block text-sm text-slate-700">{w.description}</span> : null}
            </th>
            <td className={tableCell('framed', 'font-mono text-sm')}>{eventsLabel(w.events, m)}</td>
            <td className={tableCell('framed', 'max-w-[16rem]')}>
              <WebhookStateBadge state={webhookState(w, now)} m={m} />
              {phase && w.nextProbeAt ? (
                <span className="mt-1 block text-sm text-slate-800" data-testid="webhook-breaker" data-phase={phase}>
                  {breakerHeadline(phase, { coolingSince: w.coolingSince, nextProbeAt: w.nextProbeAt }, now, m)}
                </span>
              ) : null}
            </td>
            <td className={tableCell()}>
              <LastDelivery last={w.lastDelivery} m={m} />
            </td>
            <td className={tableCell()}>
              <Sparkline hourly={w.hourly} locale={locale} m={m} />
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
