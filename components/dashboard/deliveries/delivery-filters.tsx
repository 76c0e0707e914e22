import Link from 'next/link';
import { DELIVERY_EVENTS, DELIVERY_STATUSES, type DeliveryFilters, type ProgramOption, type WebhookOption } from '@/db/queries/deliveries';
import { buttonPrimary, inputBase, labelBase, textLink } from '@/components/ui/styles';
import { statusLabel } from './status-badge';

const EVENT_LABEL: Record<string, string> = { 'lead.created': 'lead.created', ping: 'ping' };

/** The filters as a plain GET form: works without JavaScript; the URL is shareable. */
export function DeliveryFiltersForm({
  dept,
  filters,
  webhooks,
  programs,
  ignored,
}: {
  dept: string;
  filters: DeliveryFilters;
  webhooks: WebhookOption[];
  programs: ProgramOption[];
  /** Query parameters that were not valid and were ignored. */
  ignored: string[];
}) {
  const select = `${inputBase} py-1.5 text-sm`;
  return (
    <form method="get" action={`/dashboard/${dept}/deliveries`} className="rounded-lg border-2 border-slate-200 bg-slate-50 p-4" aria-labelledby="delivery-filters-heading" data-testid="delivery-filters">
      <h2 id="delivery-filters-heading" className="sr-only">
        Filter deliveries
      </h2>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6">
        <div className="lg:col-span-2">
          <label htmlFor="f-webhook" className={`${labelBase} text-sm`}>
            Webhook
          </label>
          <select id="f-webhook" name="webhook" defaultValue={filters.webhookId ?? ''} className={select}>
            <option value="">All webhooks</option>
            {webhooks.map((w) => (
              <option key={w.id} value={w.id}>
                {w.url}
                {w.description ? ` — ${w.description}` : ''}
                {w.disabled ? ' (disabled)' : !w.active ? ' (inactive)' : ''}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-status" className={`${labelBase} text-sm`}>
            Status
          </label>
          <select id="f-status" name="status" defaultValue={filters.status ?? ''} className={select}>
            <option value="">Any status</option>
            {DELIVERY_STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-event" className={`${labelBase} text-sm`}>
            Event
          </label>
          <select id="f-event" name="event" defaultValue={filters.event ?? ''} className={select}>
            <option value="">Any event</option>
            {DELIVERY_EVENTS.map((e) => (
              <option key={e} value={e}>
                {EVENT_LABEL[e]}
              </option>
            ))}
          </select>
        </div>
        <div className="lg:col-span-2">
          <label htmlFor="f-program" className={`${labelBase} text-sm`}>
            Program
          </label>
          <select id="f-program" name="program" defaultValue={filters.programId ?? ''} className={select}>
            <option value="">Any program</option>
            {programs.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-from" className={`${labelBase} text-sm`}>
            From <span className="font-normal text-slate-700">(day, AST)</span>
          </label>
          <input id="f-from" type="date" name="from" defaultValue={filters.from ?? ''} className={select} />
        </div>
        <div>
          <label htmlFor="f-to" className={`${labelBase} text-sm`}>
            To <span className="font-normal text-slate-700">(day, AST)</span>
          </label>
          <input id="f-to" type="date" name="to" defaultValue={filters.to ?? ''} className={select} />
        </div>
        <div className="flex items-end gap-4 sm:col-span-2 lg:col-span-4">
          <button type="submit" className={`${buttonPrimary} py-1.5`}>
            Apply filters
          </button>
          <Link href={`/dashboard/${dept}/deliveries`} className={textLink}>
            Clear
          </Link>
        </div>
      </div>
      {ignored.length > 0 ? (
        <p className="mt-3 text-sm text-amber-900" data-testid="delivery-filters-ignored">
          Ignored {ignored.length === 1 ? 'a filter that is' : 'filters that are'} not valid: {ignored.join(', ')}.
        </p>
      ) : null}
    </form>
  );
}
