import Link from 'next/link';
import type { AuditDepartmentOption, AuditFilters } from '@/lib/audit/query-audit';
import { AUDIT_ACTION_GROUPS } from '@/lib/audit/audit-actions';
import { buttonPrimary, inputBase, labelBase, textLink } from '@/components/ui/styles';

/** The audit log's filters as a plain GET form: works without JavaScript; the URL is shareable. */
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
  const field = `${inputBase} py-1.5 text-sm`;
  const known = AUDIT_ACTION_GROUPS.some((g) => g.category === filters.action || g.actions.some(([a]) => a === filters.action));
  return (
    <form method="get" action={action} className="rounded-lg border-2 border-slate-200 bg-slate-50 p-4" aria-labelledby="audit-filters-heading" data-testid="audit-filters">
      <h3 id="audit-filters-heading" className="sr-only">
        Filter the audit log
      </h3>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6">
        <div className="lg:col-span-2">
          <label htmlFor="a-action" className={`${labelBase} text-sm`}>
            Action
          </label>
          <select id="a-action" name="action" defaultValue={filters.action ?? ''} className={field} data-testid="audit-filter-action">
            <option value="">All actions</option>
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
          </select>
        </div>
        <div className="lg:col-span-2">
          <label htmlFor="a-actor" className={`${labelBase} text-sm`}>
            Who <span className="font-normal text-slate-700">(email or part of it)</span>
          </label>
          <input id="a-actor" type="search" name="actor" defaultValue={filters.actor ?? ''} maxLength={254} autoComplete="off" spellCheck={false} className={field} data-testid="audit-filter-actor" />
        </div>
        {departments ? (
          <div className="lg:col-span-2">
            <label htmlFor="a-department" className={`${labelBase} text-sm`}>
              Department
            </label>
            <select id="a-department" name="department" defaultValue={filters.department ?? ''} className={field} data-testid="audit-filter-department">
              <option value="">All departments and the platform</option>
              <option value="none">Platform only (no department)</option>
              {departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                  {d.status !== 'approved' ? ` (${d.status})` : ''}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div>
          <label htmlFor="a-from" className={`${labelBase} text-sm`}>
            From <span className="font-normal text-slate-700">(day, AST)</span>
          </label>
          <input id="a-from" type="date" name="from" defaultValue={filters.from ?? ''} className={field} />
        </div>
        <div>
          <label htmlFor="a-to" className={`${labelBase} text-sm`}>
            To <span className="font-normal text-slate-700">(day, AST)</span>
          </label>
          <input id="a-to" type="date" name="to" defaultValue={filters.to ?? ''} className={field} />
        </div>
        <div className="flex items-end gap-4 sm:col-span-2 lg:col-span-4">
          <button type="submit" className={`${buttonPrimary} py-1.5`} data-testid="audit-filter-apply">
            Apply filters
          </button>
          <Link href={action} className={textLink}>
            Clear
          </Link>
        </div>
      </div>
      {ignored.length > 0 ? (
        <p className="mt-3 text-sm text-amber-900" data-testid="audit-filters-ignored">
          Ignored {ignored.length === 1 ? 'a filter that is' : 'filters that are'} not valid: {ignored.join(', ')}.
        </p>
      ) : null}
    </form>
  );
}
