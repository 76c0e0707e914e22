import Link from 'next/link';
import { auditFiltersToSearchParams, type AuditDepartmentOption, type AuditFilters, type AuditPage } from '@/lib/audit/query-audit';
import type { Viewer } from '@/lib/auth/viewer';
import { getStaffI18n } from '@/lib/i18n/server';
import { buttonSecondary, textLink } from '@/components/ui/styles';
import { AuditFiltersForm } from './audit-filters';
import { AuditTable } from './audit-table';

/**
 * The audit log page body shared by the platform and department views: filters, the export
 * link (same filters), the entries and keyset pagination ("Older entries", "Newest"), in the
 * viewer's language (pass the viewer the page already has, to save looking it up again).
 */
export async function AuditLog({
  basePath,
  exportPath,
  filters,
  ignored,
  page,
  departments,
  viewer,
}: {
  basePath: string;
  exportPath: string;
  filters: AuditFilters;
  ignored: string[];
  page: AuditPage;
  departments?: AuditDepartmentOption[];
  viewer?: Pick<Viewer, 'locale'>;
}) {
  const { locale, m } = await getStaffI18n(viewer);
  const t = m.audit;
  const query = auditFiltersToSearchParams(filters, { cursor: false });
  const qs = query.toString();
  const older = page.nextCursor ? new URLSearchParams(query) : null;
  older?.set('cursor', page.nextCursor!);
  return (
    <div className="space-y-4">
      <AuditFiltersForm action={basePath} filters={filters} departments={departments} ignored={ignored} m={m} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-700" data-testid="audit-count">
          {t.count(page.entries.length, Boolean(filters.cursor))}
        </p>
        <a href={`${exportPath}${qs ? `?${qs}` : ''}`} className={`${buttonSecondary} py-1.5`} download data-testid="audit-export">
          {t.export}
          <span className="sr-only">{t.exportHint}</span>
        </a>
      </div>
      {page.entries.length === 0 ? (
        <div className="rounded-lg border-2 border-dashed border-slate-300 p-6 text-slate-800" data-testid="audit-empty">
          <p className="font-semibold">{qs ? t.emptyFiltered : t.empty}</p>
        </div>
      ) : (
        <AuditTable entries={page.entries} showDepartment={Boolean(departments)} locale={locale} m={m} />
      )}
      <nav aria-label={t.pages} className="flex flex-wrap gap-4">
        {filters.cursor ? (
          <Link href={`${basePath}${qs ? `?${qs}` : ''}`} className={textLink} data-testid="audit-newest">
            {t.newest}
          </Link>
        ) : null}
        {older ? (
          <Link href={`${basePath}?${older.toString()}`} className={textLink} data-testid="audit-older">
            {t.older}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
