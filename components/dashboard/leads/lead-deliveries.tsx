import Link from 'next/link';
import type { LeadDeliveryItem } from '@/db/queries/leads';
import { textLink } from '@/components/ui/styles';
import { formatLeadTime } from './format';
import { DELIVERY_STATUS_LABELS } from './labels';

const truncate = (s: string) => (s.length > 120 ? `${s.slice(0, 119)}…` : s);

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
        <div className="relative overflow-x-auto">
          <table className="w-full border-collapse text-left" data-testid="lead-deliveries">
            <caption className="sr-only">Deliveries of this lead to this department&apos;s webhooks, newest first</caption>
            <thead>
              <tr className="border-b-2 border-slate-300 text-sm text-slate-700">
                <th scope="col" className="py-2 pr-4 font-semibold">
                  Webhook
                </th>
                <th scope="col" className="py-2 pr-4 font-semibold">
                  Status
                </th>
                <th scope="col" className="py-2 pr-4 text-right font-semibold">
                  Attempts
                </th>
                <th scope="col" className="py-2 pr-4 font-semibold">
                  Last response
                </th>
                <th scope="col" className="py-2 font-semibold">
                  Created
                </th>
              </tr>
            </thead>
            <tbody>
              {deliveries.map((d) => (
                <tr key={d.id} className="border-b border-slate-200 align-top" data-testid="lead-delivery-row" data-delivery-id={d.id} data-status={d.status}>
                  <th scope="row" className="max-w-80 break-all py-3 pr-4 font-normal">
                    <Link href={`/dashboard/${dept}/deliveries/${d.id}`} className={textLink} aria-label={`Delivery to ${d.webhookUrl}, ${DELIVERY_STATUS_LABELS[d.status] ?? d.status}`}>
                      {d.webhookUrl}
                    </Link>
                  </th>
                  <td className="py-3 pr-4 font-semibold">{DELIVERY_STATUS_LABELS[d.status] ?? d.status}</td>
                  <td className="py-3 pr-4 text-right tabular-nums">{d.attemptCount}</td>
                  <td className="py-3 pr-4">{d.lastStatusCode !== null ? `HTTP ${d.lastStatusCode}` : d.lastError ? truncate(d.lastError) : '—'}</td>
                  <td className="whitespace-nowrap py-3">
                    <time dateTime={d.createdAt}>{formatLeadTime(d.createdAt)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
