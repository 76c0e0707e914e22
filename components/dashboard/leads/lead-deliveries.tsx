import Link from 'next/link';
import type { LeadDeliveryItem } from '@/db/queries/leads';
import type { StaffMessages } from '@/lib/i18n/staff';
import { textLink } from '@/components/ui/styles';
import { DataTable, tableCell, tableRow, tableRowHeader } from '@/components/ui/data-table';
import { formatLeadTime } from './format';

const truncate = (s: string) => (s.length > 120 ? `${s.slice(0, 119)}…` : s);

/** This lead's deliveries to the department's webhooks, each linking to its delivery page. */
export function LeadDeliveries({ dept, deliveries, m }: { dept: string; deliveries: LeadDeliveryItem[]; m: StaffMessages }) {
  const t = m.leads.deliveries;
  const columns = [
    { key: 'webhook', header: t.webhook },
    { key: 'status', header: t.status },
    { key: 'attempts', header: t.attempts, align: 'right' },
    { key: 'response', header: t.lastResponse },
    { key: 'created', header: t.created },
  ] as const;
  return (
    <section aria-labelledby="lead-deliveries-title" className="space-y-2">
      <h3 id="lead-deliveries-title" className="text-lg font-bold text-brand-900">
        {t.title}
      </h3>
      {deliveries.length === 0 ? (
        <p className="text-slate-700" data-testid="lead-deliveries-empty">
          {t.none}
        </p>
      ) : (
        <DataTable variant="plain" columns={columns} caption={t.caption} regionLabel={t.region} testId="lead-deliveries">
          {deliveries.map((d) => (
            <tr key={d.id} className={tableRow('plain')} data-testid="lead-delivery-row" data-delivery-id={d.id} data-status={d.status}>
              <th scope="row" className={tableRowHeader('plain', 'max-w-80 break-all')}>
                <Link href={`/dashboard/${dept}/deliveries/${d.id}`} className={textLink} aria-label={t.linkLabel(d.webhookUrl, m.deliveries.status[d.status])}>
                  {d.webhookUrl}
                </Link>
              </th>
              <td className={tableCell('plain', 'font-semibold')}>{m.deliveries.status[d.status]}</td>
              <td className={tableCell('plain', 'text-right tabular-nums')}>{d.attemptCount}</td>
              <td className={tableCell('plain')}>{d.lastStatusCode !== null ? `HTTP ${d.lastStatusCode}` : d.lastError ? truncate(d.lastError) : '—'}</td>
              <td className={tableCell('plain', 'whitespace-nowrap')}>
                <time dateTime={d.createdAt}>{formatLeadTime(d.createdAt)}</time>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
