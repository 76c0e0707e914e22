import Link from 'next/link';
import { formatDateTime } from '@/components/dashboard/webhooks/format';
import { textLink } from '@/components/ui/styles';
import type { AdminDepartment } from '@/lib/departments/list-departments';
import { DecisionControls } from './decision-controls';
import { DepartmentStatusBadge } from './department-status-badge';

/** Every department with its status and the moves it allows; pending ones point to their application above. */
export function DepartmentsTable({ departments }: { departments: AdminDepartment[] }) {
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full border-collapse text-left" data-testid="departments-table">
        <caption className="sr-only">All departments, pending applications first</caption>
        <thead>
          <tr className="border-b-2 border-slate-300 text-sm text-slate-700">
            <th scope="col" className="py-2 pr-4 font-semibold">
              Department
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              Status
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              Contact
            </th>
            <th scope="col" className="py-2 pr-4 text-right font-semibold">
              Open programs
            </th>
            <th scope="col" className="py-2 pr-4 text-right font-semibold">
              Webhooks
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              Last decision
            </th>
            <th scope="col" className="py-2 font-semibold">
              Actions
            </th>
          </tr>
        </thead>
        <tbody>
          {departments.map((d) => (
            <tr key={d.id} className="border-b border-slate-200 align-top" data-testid="department-row" data-slug={d.slug} data-status={d.status}>
              <th scope="row" className="py-3 pr-4 font-normal">
                <Link href={`/admin/departments/${d.id}`} className={textLink}>
                  {d.name}
                </Link>
                <span className="block font-mono text-sm text-slate-700">{d.slug}</span>
              </th>
              <td className="py-3 pr-4">
                <DepartmentStatusBadge status={d.status} />
                {d.heldDeliveries > 0 ? (
                  <span className="mt-1 block text-sm text-slate-700" data-testid="held-count">
                    {d.heldDeliveries === 1 ? '1 delivery held' : `${d.heldDeliveries} deliveries held`}
                  </span>
                ) : null}
              </td>
              <td className="max-w-56 py-3 pr-4 break-words">
                {d.contactName ?? '—'}
                {d.contactEmail ? <span className="block text-sm text-slate-700">{d.contactEmail}</span> : null}
              </td>
              <td className="py-3 pr-4 text-right tabular-nums">{d.openPrograms}</td>
              <td className="py-3 pr-4 text-right tabular-nums">{d.webhooks}</td>
              <td className="max-w-64 py-3 pr-4 text-sm">
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
              <td className="py-3">
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
        </tbody>
      </table>
    </div>
  );
}
