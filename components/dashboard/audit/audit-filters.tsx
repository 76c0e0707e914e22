import type { AuditDepartmentOption, AuditFilters } from '@/lib/audit/query-audit';
import { AUDIT_ACTION_GROUPS } from '@/lib/audit/audit-actions';
import { ignoredFiltersText, KIT_TEXTS } from '@/components/dashboard/kit-texts';
import { DateRange } from '@/components/ui/date-range';
import { Field } from '@/components/ui/field';
import { FilterBar } from '@/components/ui/filter-bar';
import { filterControl, SelectFilter } from '@/components/ui/select-filter';

/** The audit log's filters (a GET form: works without JavaScript; the URL is shareable). */
export function AuditFiltersForm({
  action,
  filters,
  departments,
  ignored,
}: {
  /** The page the form submits to. */
  action: string;
  filters: AuditFilters;
  /** Platform admins only: the department filter's options. */
  departments?: AuditDepartmentOption[];
  ignored: string[];
}) {
  const known = AUDIT_ACTION_GROUPS.some((g) => g.category === filters.action || g.actions.some(([a]) => a === filters.action));
  const active = [filters.action, filters.actor, departments ? filters.department : null, filters.from, filters.to].filter(Boolean).length;
  return (
    <FilterBar
      action={action}
      heading="Filter the audit log"
      headingId="audit-filters-heading"
      headingLevel={3}
      toggleLabel={active > 0 ? `${KIT_TEXTS.filters} (${active} active)` : KIT_TEXTS.filters}
      activeCount={active}
      applyLabel={KIT_TEXTS.applyFilters}
      applyTestId="audit-filter-apply"
      clearLabel={KIT_TEXTS.clearFilters}
      notice={ignored.length > 0 ? ignoredFiltersText(ignored) : null}
      noticeTestId="audit-filters-ignored"
      testId="audit-filters"
    >
      <SelectFilter id="a-action" name="action" label="Action" allLabel="All actions" value={filters.action} className="lg:col-span-2" testId="audit-filter-action">
        {filters.action && !known ? <option value={filters.action}>{filters.action}</option> : null}
        {AUDIT_ACTION_GROUPS.filter((g) => departments || !g.platformOnly).map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.category ? <option value={g.category}>{`All: ${g.label.toLowerCase()}`}</option> : null}
            {g.actions.map(([a, l]) => (
              <option key={a} value={a}>
                {l}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectFilter>
      <Field id="a-actor" label="Who" labelNote="(email or part of it)" size="sm" className="lg:col-span-2">
        {(control) => (
          <input
            {...control}
            type="search"
            name="actor"
            defaultValue={filters.actor ?? ''}
            maxLength={254}
            autoComplete="off"
            spellCheck={false}
            className={filterControl}
            data-testid="audit-filter-actor"
          />
        )}
      </Field>
      {departments ? (
        <SelectFilter
          id="a-department"
          name="department"
          label="Department"
          allLabel="All departments and the platform"
          value={filters.department}
          options={[
            { value: 'none', label: 'Platform only (no department)' },
            ...departments.map((d) => ({ value: d.id, label: `${d.name}${d.status !== 'approved' ? ` (${d.status})` : ''}` })),
          ]}
          className="lg:col-span-2"
          testId="audit-filter-department"
        />
      ) : null}
      <DateRange idPrefix="a" fromLabel="From" toLabel="To" note={KIT_TEXTS.dayInAst} from={filters.from} to={filters.to} />
    </FilterBar>
  );
}
