import Link from 'next/link';
import type { DepartmentOverview } from '@/db/queries/admin-overview';
import { DepartmentStatusBadge } from '@/components/admin/departments/department-status-badge';
import { textLink } from '@/components/ui/styles';
import { HealthBadge } from './health-badge';

const th = 'px-3 py-2 text-left text-sm font-semibold text-slate-800';
const td = 'px-3 py-3 align-top';
const pct = (ok: number, all: number) => (all > 0 ? `${Math.round((ok / all) * 1000) / 10}%` : '—');

/** Every department with its status and webhook health, problems first. Only approved departments have a dashboard to link to. */
export function DepartmentsHealth({ departments }: { departments: DepartmentOverview[] }) {
  return (
    <div className="relative overflow-x-auto rounded-lg border-2 border-slate-200" role="region" aria-label="Departments health table" tabIndex={0}>
      <table className="w-full min-w-[52rem] border-collapse" data-testid="departments-health">
        <caption className="sr-only">Departments, their status and the health of their webhooks; departments with problems first</caption>
        <thead className="border-b-2 border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className={th}>
              Department
            </th>
            <th scope="col" className={th}>
              Status
            </th>
            <th scope="col" className={th}>
              Webhooks
            </th>
            <th scope="col" className={th}>
              Health
            </th>
            <th scope="col" className={`${th} text-right`}>
              Success, 24 h
            </th>
            <th scope="col" className={`${th} text-right`}>
              Not yet final
            </th>
          </tr>
        </thead>
        <tbody>
          {departments.map((d) => (
            <tr key={d.id} className="border-b border-slate-200 last:border-b-0" data-testid="department-health-row" data-department={d.slug} data-health={d.health}>
              <th scope="row" className={`${td} text-left font-normal`}>
                {d.status === 'approved' ? (
                  <Link href={`/dashboard/${d.slug}/webhooks`} className={textLink}>
                    {d.name}
                  </Link>
                ) : (
                  <span className="font-semibold">{d.name}</span>
                )}
                {d.acronym ? <span className="block text-sm text-slate-700">{d.acronym}</span> : null}
              </th>
              <td className={td}>
                <DepartmentStatusBadge status={d.status} />
              </td>
              <td className={`${td} text-sm`}>
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
              <td className={td}>
                <HealthBadge health={d.health} />
              </td>
              <td className={`${td} text-right tabular-nums`}>
                {pct(d.succeeded24h, d.attempts24h)}
                <span className="block text-sm text-slate-700">{d.attempts24h === 1 ? '1 attempt' : `${d.attempts24h} attempts`}</span>
              </td>
              <td className={`${td} text-right tabular-nums`}>{d.queued}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
