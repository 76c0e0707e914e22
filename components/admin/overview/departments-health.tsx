import Link from 'next/link';
import type { DepartmentOverview } from '@/db/queries/admin-overview';
import { DepartmentStatusBadge } from '@/components/admin/departments/department-status-badge';
import { DataTable, tableCell, tableRow, tableRowHeader } from '@/components/ui/data-table';
import { textLink } from '@/components/ui/styles';
import { HealthBadge } from './health-badge';

const pct = (ok: number, all: number) => (all > 0 ? `${Math.round((ok / all) * 1000) / 10}%` : '—');

const COLUMNS = [
  { key: 'department', header: 'Department' },
  { key: 'status', header: 'Status' },
  { key: 'webhooks', header: 'Webhooks' },
  { key: 'health', header: 'Health' },
  { key: 'success', header: 'Success, 24 h', align: 'right' },
  { key: 'queued', header: 'Not yet final', align: 'right' },
] as const;

/** Every department with its status and webhook health, problems first. Only approved departments have a dashboard to link to. */
export function DepartmentsHealth({ departments }: { departments: DepartmentOverview[] }) {
  return (
    <DataTable
      columns={COLUMNS}
      caption="Departments, their status and the health of their webhooks; departments with problems first"
      regionLabel="Departments health table"
      minWidth="min-w-[52rem]"
      testId="departments-health"
    >
      {departments.map((d) => {
        const health = d.health;
        return (
          <tr key={d.id} className={tableRow()} data-testid="department-health-row" data-department={d.slug} data-health={health}>
            <th scope="row" className={tableRowHeader()}>
              {d.status === 'approved' ? (
                <Link href={`/dashboard/${d.slug}/webhooks`} className={textLink}>
                  {d.name}
                </Link>
              ) : (
                <span className="font-semibold">{d.name}</span>
              )}
              {d.acronym ? <span className="block text-sm text-slate-700">{d.acronym}</span> : null}
            </th>
            <td className={tableCell()}>
              <DepartmentStatusBadge status={d.status} />
            </td>
            <td className={tableCell('framed', 'text-sm')}>
              {d.webhooks === 0 ? (
                'None'
              ) : (
                <>
                  <span className="font-semibold">{d.webhooks}</span>
                  <span className="block text-slate-700">
                    {[
                      d.healthyWebhooks ? `${d.healthyWebhooks} healthy` : null,
                      d.failingWebhooks ? `${d.failingWebhooks} failing` : null,
                      d.inactiveWebhooks ? `${d.inactiveWebhooks} off` : null,
                      d.disabledWebhooks ? `${d.disabledWebhooks} disabled` : null,
                    ]
                      .filter(Boolean)
                      .join(', ')}
                  </span>
                </>
              )}
            </td>
            <td className={tableCell()}>
              <HealthBadge health={health} />
            </td>
            <td className={tableCell('framed', 'text-right tabular-nums')}>
              {pct(d.succeeded24h, d.attempts24h)}
              <span className="block text-sm text-slate-700">{d.attempts24h === 1 ? '1 attempt' : `${d.attempts24h} attempts`}</span>
            </td>
            <td className={tableCell('framed', 'text-right tabular-nums')}>{d.queued}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}
