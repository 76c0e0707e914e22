import Link from 'next/link';
import type { DepartmentProgramListItem } from '@/db/queries/programs';
import { textLink } from '@/components/ui/styles';
import { DataTable, tableCell, tableRow, tableRowHeader } from '@/components/ui/data-table';
import { localized, type Locale } from '@/lib/i18n/locale';
import { getMessages } from '@/lib/i18n/messages';
import { formatCount } from '@/lib/i18n/numbers';
import type { StaffMessages } from '@/lib/i18n/staff';
import { ProgramStatusBadge } from './program-status-badge';
import { ProgramStatusButton } from './program-status-button';

/** The department's programs; admins get edit links and close/reopen buttons. */
export function ProgramsTable({
  dept,
  programs,
  canManage,
  locale,
  m,
}: {
  dept: string;
  programs: DepartmentProgramListItem[];
  canManage: boolean;
  locale: Locale;
  m: StaffMessages;
}) {
  const t = m.programs.table;
  const kinds = getMessages(locale).kinds;
  return (
    <DataTable
      variant="plain"
      columns={[
        { key: 'title', header: t.title },
        { key: 'kind', header: t.kind },
        { key: 'status', header: t.status },
        { key: 'leads', header: t.leads, align: 'right' },
        canManage && { key: 'actions', header: t.actions },
      ]}
      caption={t.caption}
      regionLabel={t.region}
      testId="programs-table"
    >
      {programs.map((p) => {
        const title = localized(locale, p.titleEs, p.titleEn);
        return (
          <tr key={p.id} className={tableRow('plain')} data-testid="program-row" data-program-id={p.id} data-slug={p.slug}>
            <th scope="row" className={tableRowHeader('plain')}>
              <Link href={`/dashboard/${dept}/programs/${p.id}`} className={textLink} lang="es">
                {p.titleEs}
              </Link>
              <span className="block text-sm text-slate-700" lang="en">
                {p.titleEn}
              </span>
            </th>
            <td className={tableCell('plain')}>{kinds[p.kind]}</td>
            <td className={tableCell('plain')}>
              <ProgramStatusBadge status={p.status} m={m} />
            </td>
            <td className={tableCell('plain', 'text-right tabular-nums')} data-testid="program-lead-count">
              {formatCount(p.leadCount, locale)}
            </td>
            {canManage ? (
              <td className={tableCell('plain')}>
                <div className="flex flex-wrap items-center gap-3">
                  <Link href={`/dashboard/${dept}/programs/${p.id}`} className={textLink} aria-label={t.editLabel(title)}>
                    {t.edit}
                  </Link>
                  <ProgramStatusButton dept={dept} programId={p.id} status={p.status} title={title} />
                </div>
              </td>
            ) : null}
          </tr>
        );
      })}
    </DataTable>
  );
}
