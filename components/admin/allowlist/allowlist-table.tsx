import type { AllowlistEntry } from '@/lib/delivery/allowlist';
import { formatAbsolute } from '@/components/dashboard/deliveries/format';
import { RemoveAllowlistEntry } from './remove-allowlist-entry';

const th = 'px-3 py-2 text-left text-sm font-semibold text-slate-800';
const td = 'px-3 py-3 align-top';

/** The admin allowlist; reasons are shown as text. */
export function AllowlistTable({ entries }: { entries: AllowlistEntry[] }) {
  return (
    <div className="relative overflow-x-auto rounded-lg border-2 border-slate-200" role="region" aria-labelledby="allowlist-heading" tabIndex={0}>
      <table className="w-full min-w-[44rem] border-collapse" data-testid="allowlist-table">
        <caption className="sr-only">Address ranges webhooks may reach although they are private, with why and who added them</caption>
        <thead className="border-b-2 border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className={th}>
              Range
            </th>
            <th scope="col" className={th}>
              Reason
            </th>
            <th scope="col" className={th}>
              Added
            </th>
            <th scope="col" className={th}>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} className="border-b border-slate-200 last:border-b-0" data-testid="allowlist-row" data-cidr={e.cidr}>
              <th scope="row" className={`${td} text-left font-mono text-sm font-semibold`}>
                {e.cidr}
              </th>
              <td className={`${td} max-w-[28rem] whitespace-pre-line break-words`}>{e.reason}</td>
              <td className={`${td} text-sm`}>
                <time dateTime={e.createdAt.toISOString()}>{formatAbsolute(e.createdAt.toISOString())}</time>
                <span className="block text-slate-700">{e.createdByEmail ?? '—'}</span>
              </td>
              <td className={`${td} text-right`}>
                <RemoveAllowlistEntry id={e.id} cidr={e.cidr} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
