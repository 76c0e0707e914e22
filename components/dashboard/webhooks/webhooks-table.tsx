import Link from 'next/link';
import type { WebhookListItem } from '@/db/queries/webhooks';
import { textLink } from '@/components/ui/styles';
import { breakerHeadline, breakerPhase } from './breaker';
import { eventsLabel } from './format';
import { LastDelivery } from './last-delivery';
import { Sparkline } from './sparkline';
import { webhookState, WebhookStateBadge } from './webhook-state-badge';

const th = 'px-3 py-2 text-left text-sm font-semibold text-slate-800';
const td = 'px-3 py-3 align-top';

/** The department's webhooks; each URL links to its page. `now` (ms): paused or probing, for an open breaker. */
export function WebhooksTable({ dept, webhooks, now }: { dept: string; webhooks: WebhookListItem[]; now: number }) {
  return (
    <div className="relative overflow-x-auto rounded-lg border-2 border-slate-200" role="region" aria-label="Webhooks table" tabIndex={0}>
      <table className="w-full min-w-[56rem] border-collapse" data-testid="webhooks-table">
        <caption className="sr-only">Webhooks of this department, with their latest delivery and the last 24 hours of attempts</caption>
        <thead className="border-b-2 border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className={th}>
              Payload URL
            </th>
            <th scope="col" className={th}>
              Events
            </th>
            <th scope="col" className={th}>
              State
            </th>
            <th scope="col" className={th}>
              Last delivery
            </th>
            <th scope="col" className={th}>
              Last 24 hours
            </th>
          </tr>
        </thead>
        <tbody>
          {webhooks.map((w) => {
            const phase = breakerPhase(w, now);
            return (
              <tr key={w.id} className="border-b border-slate-200 last:border-b-0" data-testid="webhook-row" data-webhook-id={w.id}>
                <th scope="row" className={`${td} max-w-[24rem] text-left font-normal`}>
                  <Link href={`/dashboard/${dept}/webhooks/${w.id}`} className={`${textLink} break-all font-mono text-sm`} data-testid="webhook-link">
                    {w.url}
                  </Link>
                  {w.description ? <span className="mt-1 block text-sm text-slate-700">{w.description}</span> : null}
                </th>
                <td className={`${td} font-mono text-sm`}>{eventsLabel(w.events)}</td>
                <td className={`${td} max-w-[16rem]`}>
                  <WebhookStateBadge state={webhookState(w, now)} />
                  {phase && w.nextProbeAt ? (
                    <span className="mt-1 block text-sm text-slate-800" data-testid="webhook-breaker" data-phase={phase}>
                      {breakerHeadline(phase, { coolingSince: w.coolingSince, nextProbeAt: w.nextProbeAt }, now)}
                    </span>
                  ) : null}
                </td>
                <td className={td}>
                  <LastDelivery last={w.lastDelivery} />
                </td>
                <td className={td}>
                  <Sparkline hourly={w.hourly} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
