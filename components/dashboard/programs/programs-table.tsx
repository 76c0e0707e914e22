import Link from 'next/link';
import type { DepartmentProgramListItem } from '@/db/queries/programs';
import { textLink } from '@/components/ui/styles';
import { KIND_LABELS } from './labels';
import { ProgramStatusBadge } from './program-status-badge';
import { ProgramStatusButton } from './program-status-button';

/** The department's programs; admins get edit links and close/reopen buttons. */
export function ProgramsTable({ dept, programs, canManage }: { dept: string; programs: DepartmentProgramListItem[]; canManage: boolean }) {
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full border-collapse text-left" data-testid="programs-table">
        <caption className="sr-only">Programs of this department, open first</caption>
        <thead>
          <tr className="border-b-2 border-slate-300 text-sm text-slate-700">
            <th scope="col" className="py-2 pr-4 font-semibold">
              Title (Spanish / English)
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              Kind
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              Status
            </th>
            <th scope="col" className="py-2 pr-4 text-right font-semibold">
              Leads
            </th>
            {canManage ? (
              <th scope="col" className="py-2 font-semibold">
                Actions
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {programs.map((p) => (
            <tr key={p.id} className="border-b border-slate-200 align-top" data-testid="program-row" data-program-id={p.id} data-slug={p.slug}>
              <th scope="row" className="py-3 pr-4 font-normal">
                <Link href={`/dashboard/${dept}/programs/${p.id}`} className={textLink} lang="es">
                  {p.titleEs}
                </Link>
                <span className="block text-sm text-slate-700" lang="en">
                  {p.titleEn}
                </span>
              </th>
              <td className="py-3 pr-4">{KIND_LABELS[p.kind]}</td>
              <td className="py-3 pr-4">
                <ProgramStatusBadge status={p.status} />
              </td>
              <td className="py-3 pr-4 text-right tabular-nums" data-testid="program-lead-count">
                {p.leadCount.toLocaleString('en-US')}
              </td>
              {canManage ? (
                <td className="py-3">
                  <div className="flex flex-wrap items-center gap-3">
                    <Link href={`/dashboard/${dept}/programs/${p.id}`} className={textLink} aria-label={`Edit ${p.titleEn}`}>
                      Edit
                    </Link>
                    <ProgramStatusButton dept={dept} programId={p.id} status={p.status} title={p.titleEn} />
                  </div>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
