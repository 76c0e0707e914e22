import Link from 'next/link';
import { formatDateTime } from '@/lib/time';
import { textLink } from '@/components/ui/styles';
import type { AdminDepartment } from '@/lib/departments/list-departments';
import type { StaffMessages } from '@/lib/i18n/staff';
import { DataTable, tableCell, tableRow, tableRowHeader } from '@/components/ui/data-table';
import { DecisionControls } from './decision-controls';
import { DepartmentStatusBadge } from './department-status-badge';

/** Every department with its status and the moves it allows; pending ones point to their application above. */
export function DepartmentsTable({ departments, m }: { departments: AdminDepartment[]; m: StaffMessages }) {
  const t = m.admin.departments;
  const c = t.table.columns;
  const columns = [
    { key: 'department', header: c.department },
    { key: 'status', header: c.status },
    { key: 'contact', header: c.contact },
    { key: 'programs', header: c.programs, align: 'right' },
    { key: 'webhooks', header: c.webhooks, align: 'right' },
    { key: 'decision', header: c.decision },
    { key: 'actions', header: c.actions },
  ] as const;
  return (
    <DataTable variant="plain" columns={columns} caption={t.table.caption} regionLabel={t.table.region} testId="departments-table">
      {departments.map((d) => (
        <tr key={d.id} className={tableRow('plain')} data-testid="department-row" data-slug={d.slug} data-status={d.status}>
          <th scope="row" className={tableRowHeader('plain')}>
            <Link href={`/admin/departments/${d.id}`} className={textLink}>
              {d.name}
            </Link>
            <span className="block font-mono text-sm text-slate-700">{d.slug}</span>
          </th>
          <td className={tableCell('plain')}>
            <DepartmentStatusBadge status={d.status} m={m} />
            {d.heldDeliveries > 0 ? (
              <span className="mt-1 block text-sm text-slate-700" data-testid="held-count">
                {t.table.held(d.heldDeliveries)}
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
                {d.decidedByEmail ? <span className="block text-slate-700">{t.by(d.decidedByEmail)}</span> : null}
                {d.decisionReason ? <span className="mt-1 block whitespace-pre-wrap break-words text-slate-800" translate="no">“{d.decisionReason}”</span> : null}
              </>
            ) : (
              '—'
            )}
          </td>
          <td className={tableCell('plain')}>
            {d.status === 'pending' ? (
              <a href={`#application-${d.id}`} className={textLink}>
                {t.table.review}
                <span className="sr-only">{t.table.reviewOf(d.name)}</span>
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
