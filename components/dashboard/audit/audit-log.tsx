import Link from 'next/link';
import { auditFiltersToSearchParams, type AuditDepartmentOption, type AuditFilters, type AuditPage } from '@/lib/audit/query-audit';
import { buttonSecondary, textLink } from '@/components/ui/styles';
import { AuditFiltersForm } from './audit-filters';
import { AuditTable } from './audit-table';

/**
 * The audit log page body shared by the platform and department views: filters, the export
 * link (same filters), the entries and keyset pagination ("Older entries", "Newest").
 */
export function AuditLog({
  basePath,
  exportPath,
  filters,
  ignored,
  page,
  departments,
}: {
  basePath: string;
  exportPath: string;
  filters: AuditFilters;
  ignored: string[];
  page: AuditPage;
  departments?: AuditDepartmentOption[];
}) {
  const query = auditFiltersToSearchParams(filters, { cursor: false });
  const qs = query.toString();
  const older = page.nextCursor ? new URLSearchParams(query) : null;
  older?.set('cursor', page.nextCursor!);
  return (
    <div className="space-y-4">
      <AuditFiltersForm action={basePath} filters={filters} departments={departments} ignored={ignored} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-700" data-testid="audit-count">
          {page.entries.length === 0 ? 'No entries' : `${page.entries.length} ${page.entries.length === 1 ? 'entry' : 'entries'}`}
          {filters.cursor ? ' (older page)' : ''}, newest first. Entries cannot be edited or deleted.
        </p>
        <a href={`${exportPath}${qs ? `?${qs}` : ''}`} className={`${buttonSecondary} py-1.5`} download data-testid="audit-export">
          Export CSV<span className="sr-only"> of the entries matching these filters</span>
        </a>
      </div>
      {page.entries.length === 0 ? (
        <div className="rounded-lg border-2 border-dashed border-slate-300 p-6 text-slate-800" data-testid="audit-empty">
          <p className="font-semibold">No audit entries{qs ? ' match these filters' : ' yet'}.</p>
        </div>
      ) : (
        <AuditTable entries={page.entries} showDepartment={Boolean(departments)} />
      )}
      <nav aria-label="Audit log pages" className="flex flex-wrap gap-4">
        {filters.cursor ? (
          <Link href={`${basePath}${qs ? `?${qs}` : ''}`} className={textLink} data-testid="audit-newest">
            ← Newest entries
          </Link>
        ) : null}
        {older ? (
          <Link href={`${basePath}?${older.toString()}`} className={textLink} data-testid="audit-older">
            Older entries →
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
