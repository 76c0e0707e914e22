import Link from 'next/link';
import type { EndpointAttention } from '@/db/queries/admin-overview';
import type { StaffMessages } from '@/lib/i18n/staff';
import { disabledReason } from '@/lib/delivery/stored-notes';
import { formatDateTime } from '@/lib/time';
import { textLink } from '@/components/ui/styles';
import { DataTable, tableCell, tableRow, tableRowHeader } from '@/components/ui/data-table';
import { HealthBadge } from './health-badge';

/** Webhooks disabled by Puente, failing, or switched off: the worst first. */
export function EndpointsAttention({ endpoints, m }: { endpoints: EndpointAttention[]; m: StaffMessages }) {
  const t = m.admin.endpoints;
  const columns = [
    { key: 'url', header: t.columns.url },
    { key: 'department', header: t.columns.department },
    { key: 'state', header: t.columns.state },
    { key: 'since', header: t.columns.since },
    { key: 'last', header: t.columns.last },
  ];
  if (endpoints.length === 0) {
    return (
      <p className="rounded-lg border-2 border-green-700 bg-green-50 p-3 font-semibold text-green-900" data-testid="endpoints-all-healthy">
        {t.allHealthy}
      </p>
    );
  }
  return (
    <DataTable
      columns={columns}
      caption={t.caption}
      regionLabel={t.region}
      minWidth="min-w-[52rem]"
      testId="endpoints-attention"
    >
      {endpoints.map((e) => (
        <tr key={e.webhookId} className={tableRow()} data-testid="endpoint-row" data-state={e.state}>
          <th scope="row" className={tableRowHeader('framed', 'max-w-[24rem]')}>
            <Link href={`/dashboard/${e.departmentSlug}/webhooks/${e.webhookId}`} className={`${textLink} break-all font-mono text-sm`}>
              {e.url}
            </Link>
            {e.description ? <span className="mt-1 block text-sm text-slate-700">{e.description}</span> : null}
            {e.reason ? <span className="mt-1 block text-sm text-red-900">{disabledReason(e.reason, m)}</span> : null}
          </th>
          <td className={tableCell()}>{e.departmentName}</td>
          <td className={tableCell()}>
            <HealthBadge health={e.state} m={m} />
          </td>
          <td className={tableCell('framed', 'text-sm')}>{e.since ? <time dateTime={e.since}>{formatDateTime(e.since, { seconds: true })}</time> : '—'}</td>
          <td className={tableCell('framed', 'text-sm tabular-nums')}>{e.lastStatusCode ?? '—'}</td>
        </tr>
      ))}
    </DataTable>
  );
}
