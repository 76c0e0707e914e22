import type { AuditDepartmentOption, AuditFilters } from '@/lib/audit/query-audit';
import { AUDIT_ACTION_GROUPS } from '@/lib/audit/audit-actions';
import type { StaffMessages } from '@/lib/i18n/staff';
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
  m,
}: {
  /** The page the form submits to. */
  action: string;
  filters: AuditFilters;
  /** Platform admins only: the department filter's options. */
  departments?: AuditDepartmentOption[];
  ignored: string[];
  m: StaffMessages;
}) {
  const { kit } = m.common;
  const t = m.audit.filters;
  const known = AUDIT_ACTION_GROUPS.some((g) => g.category === filters.action || g.actions.some((a) => a === filters.action));
  const active = [filters.action, filters.actor, departments ? filters.department : null, filters.from, filters.to].filter(Boolean).length;
  const statuses: Partial<Record<string, string>> = t.departmentStatus;
  return (
    <FilterBar
      action={action}
      heading={t.heading}
      headingId="audit-filters-heading"
      headingLevel={3}
      toggleLabel={active > 0 ? `${kit.filters} ${t.active(active)}` : kit.filters}
      activeCount={active}
      applyLabel={kit.applyFilters}
      applyTestId="audit-filter-apply"
      clearLabel={kit.clearFilters}
      notice={ignored.length > 0 ? kit.ignoredFilters(ignored) : null}
      noticeTestId="audit-filters-ignored"
      testId="audit-filters"
    >
      <SelectFilter id="a-action" name="action" label={t.action} allLabel={t.allActions} value={filters.action} className="lg:col-span-2" testId="audit-filter-action">
        {filters.action && !known ? <option value={filters.action}>{filters.action}</option> : null}
        {AUDIT_ACTION_GROUPS.filter((g) => departments || !g.platformOnly).map((g) => {
          const group = m.audit.groups[g.key];
          return (
            <optgroup key={g.key} label={group}>
              {g.category ? <option value={g.category}>{t.allOfGroup(group)}</option> : null}
              {g.actions.map((a) => (
                <option key={a} value={a}>
                  {m.audit.actions[a]}
                </option>
              ))}
            </optgroup>
          );
        })}
      </SelectFilter>
      <Field id="a-actor" label={t.who} labelNote={t.whoNote} size="sm" className="lg:col-span-2">
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
          label={t.department}
          allLabel={t.allDepartments}
          value={filters.department}
          options={[
            { value: 'none', label: t.platformOnly },
            ...departments.map((d) => ({ value: d.id, label: `${d.name}${d.status !== 'approved' ? ` (${statuses[d.status] ?? d.status})` : ''}` })),
          ]}
          className="lg:col-span-2"
          testId="audit-filter-department"
        />
      ) : null}
      <DateRange idPrefix="a" fromLabel={t.from} toLabel={t.to} note={kit.dayInAst} placeholder={kit.datePlaceholder} from={filters.from} to={filters.to} />
    </FilterBar>
  );
}
