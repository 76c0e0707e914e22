import { DELIVERY_EVENTS, DELIVERY_STATUSES, type DeliveryFilters, type ProgramOption, type WebhookOption } from '@/db/queries/deliveries';
import { ignoredFiltersText, KIT_TEXTS } from '@/components/dashboard/kit-texts';
import { DateRange } from '@/components/ui/date-range';
import { FilterBar } from '@/components/ui/filter-bar';
import { SelectFilter } from '@/components/ui/select-filter';
import { statusLabel } from './status-badge';

/** The delivery log's filters (a GET form: works without JavaScript; the URL is shareable). */
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
  const active = [filters.webhookId, filters.status, filters.event, filters.programId, filters.from, filters.to].filter(Boolean).length;
  return (
    <FilterBar
      action={`/dashboard/${dept}/deliveries`}
      heading="Filter deliveries"
      headingId="delivery-filters-heading"
      toggleLabel={active > 0 ? `${KIT_TEXTS.filters} (${active} active)` : KIT_TEXTS.filters}
      activeCount={active}
      applyLabel={KIT_TEXTS.applyFilters}
      clearLabel={KIT_TEXTS.clearFilters}
      notice={ignored.length > 0 ? ignoredFiltersText(ignored) : null}
      noticeTestId="delivery-filters-ignored"
      testId="delivery-filters"
    >
      <SelectFilter
        id="f-webhook"
        name="webhook"
        label="Webhook"
        allLabel="All webhooks"
        value={filters.webhookId}
        options={webhooks.map((w) => ({
          value: w.id,
          label: `${w.url}${w.description ? ` — ${w.description}` : ''}${w.disabled ? ' (disabled)' : !w.active ? ' (inactive)' : ''}`,
        }))}
        className="lg:col-span-2"
      />
      <SelectFilter id="f-status" name="status" label="Status" allLabel="Any status" value={filters.status} options={DELIVERY_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))} />
      <SelectFilter id="f-event" name="event" label="Event" allLabel="Any event" value={filters.event} options={DELIVERY_EVENTS.map((e) => ({ value: e, label: e }))} />
      <SelectFilter id="f-program" name="program" label="Program" allLabel="Any program" value={filters.programId} options={programs.map((p) => ({ value: p.id, label: p.title }))} className="lg:col-span-2" />
      <DateRange idPrefix="f" fromLabel="From" toLabel="To" note={KIT_TEXTS.dayInAst} from={filters.from} to={filters.to} />
    </FilterBar>
  );
}
