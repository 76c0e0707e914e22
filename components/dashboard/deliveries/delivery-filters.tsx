import { DELIVERY_EVENTS, DELIVERY_STATUSES, type DeliveryFilters, type ProgramOption, type WebhookOption } from '@/db/queries/deliveries';
import type { StaffMessages } from '@/lib/i18n/staff';
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
  m,
}: {
  dept: string;
  filters: DeliveryFilters;
  webhooks: WebhookOption[];
  programs: ProgramOption[];
  /** Query parameters that were not valid and were ignored. */
  ignored: string[];
  m: StaffMessages;
}) {
  const kit = m.common.kit;
  const t = m.deliveries.filters;
  const active = [filters.webhookId, filters.status, filters.event, filters.programId, filters.from, filters.to].filter(Boolean).length;
  return (
    <FilterBar
      action={`/dashboard/${dept}/deliveries`}
      heading={t.heading}
      headingId="delivery-filters-heading"
      toggleLabel={active > 0 ? t.active(kit.filters, active) : kit.filters}
      activeCount={active}
      applyLabel={kit.applyFilters}
      clearLabel={kit.clearFilters}
      notice={ignored.length > 0 ? kit.ignoredFilters(ignored) : null}
      noticeTestId="delivery-filters-ignored"
      testId="delivery-filters"
    >
      <SelectFilter
        id="f-webhook"
        name="webhook"
        label={t.webhook}
        allLabel={t.allWebhooks}
        value={filters.webhookId}
        options={webhooks.map((w) => ({
          value: w.id,
          label: `${w.url}${w.description ? ` — ${w.description}` : ''}${w.disabled ? t.disabled : !w.active ? t.inactive : ''}`,
        }))}
        className="lg:col-span-2"
      />
      <SelectFilter
        id="f-status"
        name="status"
        label={t.status}
        allLabel={t.anyStatus}
        value={filters.status}
        options={DELIVERY_STATUSES.map((s) => ({ value: s, label: statusLabel(s, m) }))}
      />
      <SelectFilter id="f-event" name="event" label={t.event} allLabel={t.anyEvent} value={filters.event} options={DELIVERY_EVENTS.map((e) => ({ value: e, label: e }))} />
      <SelectFilter
        id="f-program"
        name="program"
        label={t.program}
        allLabel={t.anyProgram}
        value={filters.programId}
        options={programs.map((p) => ({ value: p.id, label: p.title }))}
        className="lg:col-span-2"
      />
      <DateRange idPrefix="f" fromLabel={t.from} toLabel={t.to} note={kit.dayInAst} placeholder={kit.datePlaceholder} from={filters.from} to={filters.to} />
    </FilterBar>
  );
}
