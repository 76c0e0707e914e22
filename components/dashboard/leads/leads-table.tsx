import Link from 'next/link';
import type { LeadListItem } from '@/db/queries/leads';
import { textLink } from '@/components/ui/styles';
import { formatLeadTime } from './format';

/** Leads as text only: every value is a React text node, never HTML. */
export function LeadsTable({ dept, leads, caption }: { dept: string; leads: LeadListItem[]; caption: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left" data-testid="leads-table">
        <caption className="mb-2 text-left text-sm text-slate-700">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300 text-sm text-slate-700">
            <th scope="col" className="py-2 pr-4 font-semibold">
              Reference
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              Name
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              Business
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              Municipality
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              Programs
            </th>
            <th scope="col" className="py-2 font-semibold">
              Received
            </th>
          </tr>
        </thead>
        <tbody>
          {leads.map((l) => (
            <tr key={l.id} className="border-b border-slate-200 align-top" data-testid="lead-row" data-lead-id={l.id} data-reference={l.reference}>
              <th scope="row" className="whitespace-nowrap py-3 pr-4 font-normal">
                <Link href={`/dashboard/${dept}/leads/${l.id}`} className={`${textLink} font-mono`}>
                  {l.reference}
                </Link>
              </th>
              <td className="max-w-56 break-words py-3 pr-4" data-testid="lead-name">
                {l.purgedAt ? <span className="italic text-slate-600">Removed (retention)</span> : l.name}
              </td>
              <td className="max-w-56 break-words py-3 pr-4" data-testid="lead-business">
                {l.purgedAt ? '—' : l.businessName}
              </td>
              <td className="py-3 pr-4">{l.purgedAt ? '—' : l.municipality}</td>
              <td className="py-3 pr-4">
                <ul className="space-y-0.5">
                  {l.programs.map((p) => (
                    <li key={p.id}>{p.titleEn}</li>
                  ))}
                </ul>
              </td>
              <td className="whitespace-nowrap py-3">
                <time dateTime={l.createdAt}>{formatLeadTime(l.createdAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
