import type { AllowlistEntry } from '@/lib/delivery/allowlist';
import { DataTable, tableCell, tableRow } from '@/components/ui/data-table';
import type { StaffMessages } from '@/lib/i18n/staff';
import { formatDateTime } from '@/lib/time';
import { RemoveAllowlistEntry } from './remove-allowlist-entry';

/** The admin allowlist; reasons are shown as text. */
export function AllowlistTable({ entries, m }: { entries: AllowlistEntry[]; m: StaffMessages }) {
  const t = m.admin.allowlist.table;
  const columns = [
    { key: 'range', header: t.columns.range },
    { key: 'reason', header: t.columns.reason },
    { key: 'added', header: t.columns.added },
    { key: 'actions', header: t.columns.actions, visuallyHidden: true },
  ];
  return (
    <DataTable
      columns={columns}
      caption={t.caption}
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
            <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt, { seconds: true })}</time>
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
