import type { AuditEntryRow } from '@/lib/audit/query-audit';
import { auditActionLabel } from '@/lib/audit/audit-actions';
import { formatAbsolute } from '@/components/dashboard/deliveries/format';

const th = 'px-3 py-2 text-left text-sm font-semibold text-slate-800';
const td = 'px-3 py-3 align-top';

/** A detail object as short `key: value` lines of text (never HTML). */
function detailLines(details: Record<string, unknown>): string[] {
  return Object.entries(details).map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`);
}

/** Audit entries, newest first. Everything is rendered as text: emails, reasons and details can be typed by anyone. */
export function AuditTable({ entries, showDepartment }: { entries: AuditEntryRow[]; showDepartment: boolean }) {
  return (
    <div className="relative overflow-x-auto rounded-lg border-2 border-slate-200" role="region" aria-label="Audit log entries" tabIndex={0}>
      <table className="w-full min-w-[56rem] border-collapse" data-testid="audit-table">
        <caption className="sr-only">Audit log entries, newest first: when, what, who and from where, on what</caption>
        <thead className="border-b-2 border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className={th}>
              When
            </th>
            <th scope="col" className={th}>
              What
            </th>
            <th scope="col" className={th}>
              Who
            </th>
            {showDepartment ? (
              <th scope="col" className={th}>
                Department
              </th>
            ) : null}
            <th scope="col" className={th}>
              Details
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => {
            const lines = detailLines(e.details);
            return (
              <tr key={e.id} className="border-b border-slate-200 last:border-b-0" data-testid="audit-row" data-action={e.action}>
                <td className={`${td} whitespace-nowrap text-sm`}>
                  <time dateTime={e.at}>{formatAbsolute(e.at)}</time>
                </td>
                <th scope="row" className={`${td} text-left font-normal`}>
                  <span className="font-semibold">{auditActionLabel(e.action)}</span>
                  <code className="block text-xs text-slate-700">{e.action}</code>
                </th>
                <td className={`${td} max-w-[16rem] break-words text-sm`}>
                  <span data-testid="audit-actor">{e.actorEmail ?? '—'}</span>
                  {e.actorIp ? <span className="block text-slate-700">from {e.actorIp}</span> : null}
                </td>
                {showDepartment ? <td className={`${td} text-sm`}>{e.departmentName ?? (e.departmentId ? 'Removed department' : 'Platform')}</td> : null}
                <td className={`${td} max-w-[28rem] text-sm`}>
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
        </tbody>
      </table>
    </div>
  );
}
