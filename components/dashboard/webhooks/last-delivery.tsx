import type { LastDelivery as Last } from '@/db/queries/webhooks';
import { StatusBadge } from '@/components/ui/status-badge';
import { DELIVERY_STATUS_META as META, statusLabel } from '../deliveries/status-badge';
import type { StaffMessages } from '@/lib/i18n/staff';
import { formatDateTime } from '@/lib/time';

/** The latest delivery: status icon and word, HTTP code, and when. */
export function LastDelivery({ last, m }: { last: Last | null; m: StaffMessages }) {
  if (!last) return <span className="text-sm text-slate-700">{m.webhooks.table.noDeliveries}</span>;
  const meta = META[last.status] ?? META.pending;
  return (
    <span className="inline-flex flex-col" data-testid="last-delivery" data-status={last.status}>
      <StatusBadge
        variant="text"
        tone={meta.tone}
        icon={meta.icon}
        label={
          <>
            {statusLabel(last.status, m)}
            {last.statusCode !== null ? <span className="font-mono text-sm">HTTP {last.statusCode}</span> : null}
          </>
        }
      />
      <span className="text-sm text-slate-700">
        <span className="font-mono">{last.eventType}</span> · <time dateTime={last.at}>{formatDateTime(last.at)}</time>
      </span>
    </span>
  );
}
