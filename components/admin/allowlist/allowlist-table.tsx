import type { AllowlistEntry } from '@/lib/delivery/allowlist';
import { formatAbsolute } from '@/components/dashboard/deliveries/format';
import { DataTable, tableCell, tableRow } from '@/components/ui/data-table';
import { RemoveAllowlistEntry } from './remove-allowlist-entry';

const COLUMNS = [
  { key: 'range', header: 'Range' },
  { key: 'reason', header: 'Reason' },
  { key: 'added', header: 'Added' },
  { key: 'actions', header: 'Actions', visuallyHidden: true },
];

/** The admin allowlist; reasons are shown as text. */
export function AllowlistTable({ entries }: { entries: AllowlistEntry[] }) {
  return (
    <DataTable
      columns={COLUMNS}
      caption="Address ranges webhooks may reach although they are private, with why and who added them"
      regionLabelledBy="allowlist-heading"
      minWidth="min-w-[44rem]"
      testId="allowlist-table"
    >
      {entries.map((e) => (
        <tr key={e.id} className={tableRow()} data-testid="allowlist-row" data-cidr={e.cidr}>
          <th scope="row" className={tableCell('framed', 'text-left font-mono text-sm font-semibold')}>
            {e.cidr}
          </th>
          <td className={tableCell('framed', 'max-w-[28rem] whitespace-pre-line break-words')}>{e.reason}</td>
          <td className={tableCell('framed', 'text-sm')}>
            <time dateTime={e.createdAt.toISOString()}>{formatAbsolute(e.createdAt.toISOString())}</time>
            <span className="block text-slate-700">{e.createdByEmail ?? '—'}</span>
          </td>
          <td className={tableCell('framed', 'text-right')}>
            <RemoveAllowlistEntry id={e.id} cidr={e.cidr} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
