import Link from 'next/link';
import type { EndpointAttention } from '@/db/queries/admin-overview';
import { formatAbsolute } from '@/components/dashboard/deliveries/format';
import { textLink } from '@/components/ui/styles';
import { HealthBadge } from './health-badge';

const th = 'px-3 py-2 text-left text-sm font-semibold text-slate-800';
const td = 'px-3 py-3 align-top';

/** Webhooks disabled by Puente, failing, or switched off: the worst first. */
export function EndpointsAttention({ endpoints }: { endpoints: EndpointAttention[] }) {
  if (endpoints.length === 0) {
    return (
      <p className="rounded-lg border-2 border-green-700 bg-green-50 p-3 font-semibold text-green-900" data-testid="endpoints-all-healthy">
        Every webhook is on and its last deliveries succeeded.
      </p>
    );
  }
  return (
    <div className="relative overflow-x-auto rounded-lg border-2 border-slate-200" role="region" aria-label="Endpoints table" tabIndex={0}>
      <table className="w-full min-w-[52rem] border-collapse" data-testid="endpoints-attention">
        <caption className="sr-only">Webhooks that are disabled, failing or switched off; disabled first</caption>
        <thead className="border-b-2 border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className={th}>
              Payload URL
            </th>
            <th scope="col" className={th}>
              Department
            </th>
            <th scope="col" className={th}>
              State
            </th>
            <th scope="col" className={th}>
              Since
            </th>
            <th scope="col" className={th}>
              Last answer
            </th>
          </tr>
        </thead>
        <tbody>
          {endpoints.map((e) => (
            <tr key={e.webhookId} className="border-b border-slate-200 last:border-b-0" data-testid="endpoint-row" data-state={e.state}>
              <th scope="row" className={`${td} max-w-[24rem] text-left font-normal`}>
                <Link href={`/dashboard/${e.departmentSlug}/webhooks/${e.webhookId}`} className={`${textLink} break-all font-mono text-sm`}>
                  {e.url}
                </Link>
                {e.description ? <span className="mt-1 block text-sm text-slate-700">{e.description}</span> : null}
                {e.reason ? <span className="mt-1 block text-sm text-red-900">{e.reason}</span> : null}
              </th>
              <td className={td}>{e.departmentName}</td>
              <td className={td}>
                <HealthBadge health={e.state} />
              </td>
              <td className={`${td} text-sm`}>{e.since ? <time dateTime={e.since}>{formatAbsolute(e.since)}</time> : '—'}</td>
              <td className={`${td} text-sm tabular-nums`}>{e.lastStatusCode ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
