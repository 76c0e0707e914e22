import type { AuditEntryRow } from '@/lib/audit/query-audit';
import { auditActionLabel } from '@/lib/audit/audit-actions';
import type { Locale } from '@/lib/i18n/locale';
import type { StaffMessages } from '@/lib/i18n/staff';
import { formatAbsolute } from '@/components/dashboard/deliveries/format';
import { DataTable, tableCell, tableRow, tableRowHeader } from '@/components/ui/data-table';

/** A detail object as short `key: value` lines of text (never HTML). */
function detailLines(details: Record<string, unknown>): string[] {
  return Object.entries(details).map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`);
}

/** Audit entries, newest first. Everything is rendered as text: emails, reasons and details can be typed by anyone. */
export function AuditTable({ entries, showDepartment, locale, m }: { entries: AuditEntryRow[]; showDepartment: boolean; locale: Locale; m: StaffMessages }) {
  const t = m.audit.table;
  return (
    <DataTable
      columns={[
        { key: 'when', header: t.when },
        { key: 'what', header: t.what },
        { key: 'who', header: t.who },
        showDepartment && { key: 'department', header: t.department },
        { key: 'details', header: t.details },
      ]}
      caption={t.caption}
      regionLabel={t.region}
      minWidth="min-w-[56rem]"
      testId="audit-table"
    >
      {entries.map((e) => {
        const lines = detailLines(e.details);
        return (
          <tr key={e.id} className={tableRow()} data-testid="audit-row" data-action={e.action}>
            <td className={tableCell('framed', 'whitespace-nowrap text-sm')}>
              <time dateTime={e.at}>{formatAbsolute(e.at)}</time>
            </td>
            <th scope="row" className={tableRowHeader()}>
              <span className="font-semibold">{auditActionLabel(e.action, locale)}</span>
              <code className="block text-xs text-slate-700">{e.action}</code>
            </th>
            <td className={tableCell('framed', 'max-w-[16rem] break-words text-sm')}>
              <span data-testid="audit-actor">{e.actorEmail ?? '—'}</span>
              {e.actorIp ? <span className="block text-slate-700">{t.fromIp(e.actorIp)}</span> : null}
            </td>
            {showDepartment ? <td className={tableCell('framed', 'text-sm')}>{e.departmentName ?? (e.departmentId ? t.removedDepartment : t.platform)}</td> : null}
            <td className={tableCell('framed', 'max-w-[28rem] text-sm')}>
              {e.targetType ? (
                <span className="block text-slate-700">
                  {e.targetType}
                  {e.targetId ? <code className="ml-1 break-all text-xs">{e.targetId}</code> : null}
                </span>
              ) : null}
              {lines.length > 0 ? (
                <ul className="mt-1 space-y-0.5 break-words font-mono text-xs text-slate-900" translate="no">
                  {lines.slice(0, 8).map((l, i) => (
                    <li key={i} translate="no">{l.length > 300 ? `${l.slice(0, 300)}…` : l}</li>
                  ))}
                  {lines.length > 8 ? <li className="text-slate-700">{t.moreInExport(lines.length - 8)}</li> : null}
                </ul>
              ) : null}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
