import Link from 'next/link';
import type { LeadListItem } from '@/db/queries/leads';
import { localized, type Locale } from '@/lib/i18n/locale';
import type { StaffMessages } from '@/lib/i18n/staff';
import { textLink } from '@/components/ui/styles';
import { DataTable, tableCell, tableRow, tableRowHeader } from '@/components/ui/data-table';
import { formatLeadTime } from './format';

/** Leads as text only: every value is a React text node, never HTML. */
export function LeadsTable({ dept, leads, caption, locale, m }: { dept: string; leads: LeadListItem[]; caption: string; locale: Locale; m: StaffMessages }) {
  const t = m.leads.table;
  const columns = [
    { key: 'reference', header: t.reference },
    { key: 'name', header: t.name },
    { key: 'business', header: t.business },
    { key: 'municipality', header: t.municipality },
    { key: 'programs', header: t.programs },
    { key: 'received', header: t.received },
  ];
  return (
    <DataTable variant="plain" columns={columns} caption={caption} captionVisible regionLabel={t.region} testId="leads-table">
      {leads.map((l) => (
        <tr key={l.id} className={tableRow('plain')} data-testid="lead-row" data-lead-id={l.id} data-reference={l.reference}>
          <th scope="row" className={tableRowHeader('plain', 'whitespace-nowrap')}>
            <Link href={`/dashboard/${dept}/leads/${l.id}`} className={`${textLink} font-mono`}>
              {l.reference}
            </Link>
          </th>
          <td className={tableCell('plain', 'max-w-56 break-words')} data-testid="lead-name">
            {l.purgedAt ? <span className="italic text-slate-600">{t.removed}</span> : l.name}
          </td>
          <td className={tableCell('plain', 'max-w-56 break-words')} data-testid="lead-business">
            {l.purgedAt ? '—' : l.businessName}
          </td>
          <td className={tableCell('plain')}>{l.purgedAt ? '—' : l.municipality}</td>
          <td className={tableCell('plain')}>
            <ul className="space-y-0.5">
              {l.programs.map((p) => (
                <li key={p.id} lang={locale}>
                  {localized(locale, p.titleEs, p.titleEn)}
                </li>
              ))}
            </ul>
          </td>
          <td className={tableCell('plain', 'whitespace-nowrap')}>
            <time dateTime={l.createdAt}>{formatLeadTime(l.createdAt)}</time>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
