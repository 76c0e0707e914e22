import Link from 'next/link';
import type { LeadDeliveryItem } from '@/db/queries/leads';
import { textLink } from '@/components/ui/styles';
import { DataTable, tableCell, tableRow, tableRowHeader } from '@/components/ui/data-table';
import { formatLeadTime } from './format';
import { DELIVERY_STATUS_LABELS } from './labels';

const truncate = (s: string) => (s.length > 120 ? `${s.slice(0, 119)}…` : s);

const COLUMNS = [
  { key: 'webhook', header: 'Webhook' },
  { key: 'status', header: 'Status' },
  { key: 'attempts', header: 'Attempts', align: 'right' },
  { key: 'response', header: 'Last response' },
  { key: 'created', header: 'Created' },
] as const;

/** This lead's deliveries to the department's webhooks, each linking to its delivery page. */
export function LeadDeliveries({ dept, deliveries }: { dept: string; deliveries: LeadDeliveryItem[] }) {
  return (
    <section aria-labelledby="lead-deliveries-title" className="space-y-2">
      <h3 id="lead-deliveries-title" className="text-lg font-bold text-brand-900">
        Deliveries to this department
      </h3>
      {deliveries.length === 0 ? (
        <p className="text-slate-700" data-testid="lead-deliveries-empty">
          None: no webhook of this department was subscribed to this lead&apos;s programs when it arrived.
        </p>
      ) : (
        <DataTable
          variant="plain"
          columns={COLUMNS}
          caption="Deliveries of this lead to this department's webhooks, newest first"
          regionLabel="Deliveries of this lead table"
          testId="lead-deliveries"
        >
          {deliveries.map((d) => (
            <tr key={d.id} className={tableRow('plain')} data-testid="lead-delivery-row" data-delivery-id={d.id} data-status={d.status}>
              <th scope="row" className={tableRowHeader('plain', 'max-w-80 break-all')}>
                <Link href={`/dashboard/${dept}/deliveries/${d.id}`} className={textLink} aria-label={`Delivery to ${d.webhookUrl}, ${DELIVERY_STATUS_LABELS[d.status] ?? d.status}`}>
                  {d.webhookUrl}
                </Link>
              </th>
              <td className={tableCell('plain', 'font-semibold')}>{DELIVERY_STATUS_LABELS[d.status] ?? d.status}</td>
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
