import type { LastDelivery as Last } from '@/db/queries/webhooks';
import { DELIVERY_STATUS_META as META } from '../deliveries/status-badge';
import { formatDateTime } from './format';

/** The latest delivery: status icon and word, HTTP code, and when. */
export function LastDelivery({ last }: { last: Last | null }) {
  if (!last) return <span className="text-sm text-slate-700">No deliveries yet</span>;
  const m = META[last.status] ?? META.pending;
  return (
    <span className="inline-flex flex-col" data-testid="last-delivery" data-status={last.status}>
      <span className={`inline-flex items-center gap-1.5 font-semibold ${m.className}`}>
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" className="shrink-0">
          {m.icon}
        </svg>
        {m.label}
        {last.statusCode !== null ? <span className="font-mono text-sm">HTTP {last.statusCode}</span> : null}
      </span>
      <span className="text-sm text-slate-700">
        <span className="font-mono">{last.eventType}</span> · <time dateTime={last.at}>{formatDateTime(last.at)}</time>
      </span>
    </span>
  );
}
