import type { LastDelivery as Last } from '@/db/queries/webhooks';
import { StatusBadge } from '@/components/ui/status-badge';
import { DELIVERY_STATUS_META as META } from '../deliveries/status-badge';
import { formatDateTime } from '@/lib/time';

/** The latest delivery: status icon and word, HTTP code, and when. */
export function LastDelivery({ last }: { last: Last | null }) {
  if (!last) return <span className="text-sm text-slate-700">No deliveries yet</span>;
  const m = META[last.status] ?? META.pending;
  return (
    <span className="inline-flex flex-col" data-testid="last-delivery" data-status={last.status}>
      <StatusBadge
        variant="text"
        tone={m.tone}
        icon={m.icon}
        label={
          <>
            {m.label}
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
