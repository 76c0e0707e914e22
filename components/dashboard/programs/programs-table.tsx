import Link from 'next/link';
import type { DepartmentProgramListItem } from '@/db/queries/programs';
import { textLink } from '@/components/ui/styles';
import { DataTable, tableCell, tableRow, tableRowHeader } from '@/components/ui/data-table';
import { KIND_LABELS } from './labels';
import { ProgramStatusBadge } from './program-status-badge';
import { ProgramStatusButton } from './program-status-button';

/** The department's programs; admins get edit links and close/reopen buttons. */
export function ProgramsTable({ dept, programs, canManage }: { dept: string; programs: DepartmentProgramListItem[]; canManage: boolean }) {
  return (
    <DataTable
      variant="plain"
      columns={[
        { key: 'title', header: 'Title (Spanish / English)' },
        { key: 'kind', header: 'Kind' },
        { key: 'status', header: 'Status' },
        { key: 'leads', header: 'Leads', align: 'right' },
        canManage && { key: 'actions', header: 'Actions' },
      ]}
      caption="Programs of this department, open first"
      regionLabel="Programs table"
      testId="programs-table"
    >
      {programs.map((p) => (
        <tr key={p.id} className={tableRow('plain')} data-testid="program-row" data-program-id={p.id} data-slug={p.slug}>
          <th scope="row" className={tableRowHeader('plain')}>
            <Link href={`/dashboard/${dept}/programs/${p.id}`} className={textLink} lang="es">
              {p.titleEs}
            </Link>
            <span className="block text-sm text-slate-700" lang="en">
              {p.titleEn}
            </span>
          </th>
          <td className={tableCell('plain')}>{KIND_LABELS[p.kind]}</td>
          <td className={tableCell('plain')}>
            <ProgramStatusBadge status={p.status} />
          </td>
          <td className={tableCell('plain', 'text-right tabular-nums')} data-testid="program-lead-count">
            {p.leadCount.toLocaleString('en-US')}
          </td>
          {canManage ? (
            <td className={tableCell('plain')}>
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
    </DataTable>
  );
}
