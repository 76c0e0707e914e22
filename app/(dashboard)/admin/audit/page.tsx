import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { db } from '@/db/client';
import { AuditLog } from '@/components/dashboard/audit/audit-log';
import { listAuditDepartmentOptions, listAuditEntries, parseAuditFilters, type AuditScope } from '@/lib/audit/query-audit';
import { guardPlatformAdmin } from '@/lib/auth/guard';
import { getStaffI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getStaffI18n();
  return { title: m.admin.area.pageTitle(m.admin.audit.title) };
}
export const dynamic = 'force-dynamic';

/** Every audit entry of the platform (platform admins): filters, pages, CSV export. */
export default async function AdminAuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await guardPlatformAdmin();
  if (!viewer) notFound();
  const { m } = await getStaffI18n(viewer);
  const scope: AuditScope = { kind: 'platform' };
  const { filters, invalid } = parseAuditFilters(await searchParams, scope);
  const [page, departments] = await Promise.all([listAuditEntries(db, scope, filters), listAuditDepartmentOptions(db)]);
  return (
    <div className="space-y-4" data-testid="admin-audit-page">
      <div className="max-w-3xl space-y-1">
        <h2 className="text-xl font-bold text-brand-900">{m.admin.audit.heading}</h2>
        <p className="text-slate-800">{m.admin.audit.intro}</p>
      </div>
      <AuditLog basePath="/admin/audit" exportPath="/api/admin/audit/export" filters={filters} ignored={invalid} page={page} departments={departments} viewer={viewer} />
    </div>
  );
}
