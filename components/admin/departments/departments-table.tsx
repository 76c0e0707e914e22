import Link from 'next/link';
import { formatDateTime } from '@/lib/time';
import { textLink } from '@/components/ui/styles';
import type { AdminDepartment } from '@/lib/departments/list-departments';
import { DataTable, tableCell, tableRow, tableRowHeader } from '@/components/ui/data-table';
import { DecisionControls } from './decision-controls';
import { DepartmentStatusBadge } from './department-status-badge';

const COLUMNS = [
  { key: 'department', header: 'Department' },
  { key: 'status', header: 'Status' },
  { key: 'contact', header: 'Contact' },
  { key: 'programs', header: 'Open programs', align: 'right' },
  { key: 'webhooks', header: 'Webhooks', align: 'right' },
  { key: 'decision', header: 'Last decision' },
  { key: 'actions', header: 'Actions' },
] as const;

/** Every department with its status and the moves it allows; pending ones point to their application above. */
export function DepartmentsTable({ departments }: { departments: AdminDepartment[] }) {
  return (
    <DataTable variant="plain" columns={COLUMNS} caption="All departments, pending applications first" regionLabel="Departments table" testId="departments-table">
      {departments.map((d) => (
        <tr key={d.id} className={tableRow('plain')} data-testid="department-row" data-slug={d.slug} data-status={d.status}>
          <th scope="row" className={tableRowHeader('plain')}>
            <Link href={`/admin/departments/${d.id}`} className={textLink}>
              {d.name}
            </Link>
            <span className="block font-mono text-sm text-slate-700">{d.slug}</span>
          </th>
          <td className={tableCell('plain')}>
            <DepartmentStatusBadge status={d.status} />
            {d.heldDeliveries > 0 ? (
              <span className="mt-1 block text-sm text-slate-700" data-testid="held-count">
                {d.heldDeliveries === 1 ? '1 delivery held' : `${d.heldDeliveries} deliveries held`}
              </span>
            ) : null}
          </td>
          <td className={tableCell('plain', 'max-w-56 break-words')}>
            {d.contactName ?? '—'}
            {d.contactEmail ? <span className="block text-sm text-slate-700">{d.contactEmail}</span> : null}
          </td>
          <td className={tableCell('plain', 'text-right tabular-nums')}>{d.openPrograms}</td>
          <td className={tableCell('plain', 'text-right tabular-nums')}>{d.webhooks}</td>
          <td className={tableCell('plain', 'max-w-64 text-sm')}>
            {d.decidedAt ? (
              <>
                <span className="block">{formatDateTime(d.decidedAt)}</span>
                {d.decidedByEmail ? <span className="block text-slate-700">by {d.decidedByEmail}</span> : null}
                {d.decisionReason ? <span className="mt-1 block whitespace-pre-wrap break-words text-slate-800">“{d.decisionReason}”</span> : null}
              </>
            ) : (
              '—'
            )}
          </td>
          <td className={tableCell('plain')}>
            {d.status === 'pending' ? (
              <a href={`#application-${d.id}`} className={textLink}>
                Review application<span className="sr-only"> of {d.name}</span>
              </a>
            ) : (
              <DecisionControls departmentId={d.id} name={d.name} status={d.status} />
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
