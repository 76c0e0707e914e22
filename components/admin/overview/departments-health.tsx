import Link from 'next/link';
import type { DepartmentOverview } from '@/db/queries/admin-overview';
import { DepartmentStatusBadge } from '@/components/admin/departments/department-status-badge';
import { DataTable, tableCell, tableRow, tableRowHeader } from '@/components/ui/data-table';
import { textLink } from '@/components/ui/styles';
import type { Locale } from '@/lib/i18n/locale';
import { formatCount, formatPercent } from '@/lib/i18n/numbers';
import { staffMessages } from '@/lib/i18n/staff';
import { HealthBadge } from './health-badge';

/** Every department with its status and webhook health, problems first. Only approved departments have a dashboard to link to. */
export function DepartmentsHealth({ departments, locale }: { departments: DepartmentOverview[]; locale: Locale }) {
  const m = staffMessages(locale);
  const t = m.admin.departmentsHealth;
  const columns = [
    { key: 'department', header: t.columns.department },
    { key: 'status', header: t.columns.status },
    { key: 'webhooks', header: t.columns.webhooks },
    { key: 'health', header: t.columns.health },
    { key: 'success', header: t.columns.success, align: 'right' },
    { key: 'queued', header: t.columns.queued, align: 'right' },
  ] as const;
  return (
    <DataTable
      columns={columns}
      caption={t.caption}
      regionLabel={t.region}
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
              <DepartmentStatusBadge status={d.status} m={m} />
            </td>
            <td className={tableCell('framed', 'text-sm')}>
              {d.webhooks === 0 ? (
                t.none
              ) : (
                <>
                  <span className="font-semibold">{d.webhooks}</span>
                  <span className="block text-slate-700">
                    {[
                      d.healthyWebhooks ? t.healthy(d.healthyWebhooks) : null,
                      d.failingWebhooks ? t.failing(d.failingWebhooks) : null,
                      d.inactiveWebhooks ? t.off(d.inactiveWebhooks) : null,
                      d.disabledWebhooks ? t.disabled(d.disabledWebhooks) : null,
                    ]
                      .filter(Boolean)
                      .join(', ')}
                  </span>
                </>
              )}
            </td>
            <td className={tableCell()}>
              <HealthBadge health={health} m={m} />
            </td>
            <td className={tableCell('framed', 'text-right tabular-nums')}>
              {d.attempts24h > 0 ? formatPercent(d.succeeded24h / d.attempts24h, locale) : '—'}
              <span className="block text-sm text-slate-700">{t.attempts(formatCount(d.attempts24h, locale))}</span>
            </td>
            <td className={tableCell('framed', 'text-right tabular-nums')}>{formatCount(d.queued, locale)}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}
