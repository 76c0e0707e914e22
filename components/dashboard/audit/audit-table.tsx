import type { AuditEntryRow } from '@/lib/audit/query-audit';
import { auditActionLabel } from '@/lib/audit/audit-actions';
import { formatAbsolute } from '@/components/dashboard/deliveries/format';
import { DataTable, tableCell, tableRow, tableRowHeader } from '@/components/ui/data-table';

/** A detail object as short `key: value` lines of text (never HTML). */
function detailLines(details: Record<string, unknown>): string[] {
  return Object.entries(details).map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`);
}

/** Audit entries, newest first. Everything is rendered as text: emails, reasons and details can be typed by anyone. */
export function AuditTable({ entries, showDepartment }: { entries: AuditEntryRow[]; showDepartment: boolean }) {
  return (
    <DataTable
      columns={[
        { key: 'when', header: 'When' },
        { key: 'what', header: 'What' },
        { key: 'who', header: 'Who' },
        showDepartment && { key: 'department', header: 'Department' },
        { key: 'details', header: 'Details' },
      ]}
      caption="Audit log entries, newest first: when, what, who and from where, on what"
      regionLabel="Audit log entries"
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
              <span className="font-semibold">{auditActionLabel(e.action)}</span>
              <code className="block text-xs text-slate-700">{e.action}</code>
            </th>
            <td className={tableCell('framed', 'max-w-[16rem] break-words text-sm')}>
              <span data-testid="audit-actor">{e.actorEmail ?? '—'}</span>
              {e.actorIp ? <span className="block text-slate-700">from {e.actorIp}</span> : null}
            </td>
            {showDepartment ? <td className={tableCell('framed', 'text-sm')}>{e.departmentName ?? (e.departmentId ? 'Removed department' : 'Platform')}</td> : null}
            <td className={tableCell('framed', 'max-w-[28rem] text-sm')}>
              {e.targetType ? (
                <span className="block text-slate-700">
                  {e.targetType}
                  {e.targetId ? <code className="ml-1 break-all text-xs">{e.targetId}</code> : null}
                </span>
              ) : null}
              {lines.length > 0 ? (
                <ul className="mt-1 space-y-0.5 break-words font-mono text-xs text-slate-900">
                  {lines.slice(0, 8).map((l, i) => (
                    <li key={i}>{l.length > 300 ? `${l.slice(0, 300)}…` : l}</li>
                  ))}
                  {lines.length > 8 ? <li className="text-slate-700">… {lines.length - 8} more in the export</li> : null}
                </ul>
              ) : null}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
