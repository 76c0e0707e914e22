import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { db } from '@/db/client';
import { AuditLog } from '@/components/dashboard/audit/audit-log';
import { listAuditEntries, parseAuditFilters, type AuditScope } from '@/lib/audit/query-audit';
import { guardDepartment } from '@/lib/auth/guard';
import { getStaffI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getStaffI18n();
  return { title: m.audit.title };
}
export const dynamic = 'force-dynamic';

/** The department's audit entries (department admins and platform admins): filters, pages, CSV export. */
export default async function DepartmentAuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ dept: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { dept } = await params;
  const g = await guardDepartment(dept, 'admin');
  if (!g) notFound();
  const scope: AuditScope = { kind: 'department', departmentId: g.department.id };
  const { filters, invalid } = parseAuditFilters(await searchParams, scope);
  const [page, { m }] = await Promise.all([listAuditEntries(db, scope, filters), getStaffI18n(g.viewer)]);
  const slug = g.department.slug;
  return (
    <div className="space-y-4" data-testid="department-audit-page">
      <div className="max-w-3xl space-y-1">
        <h2 className="text-xl font-bold text-brand-900">{m.audit.title}</h2>
        <p className="text-slate-800">{m.audit.departmentIntro}</p>
      </div>
      <AuditLog
        basePath={`/dashboard/${slug}/audit`}
        exportPath={`/api/dashboard/${slug}/audit/export`}
        filters={filters}
        ignored={invalid}
        page={page}
        viewer={g.viewer}
      />
    </div>
  );
}
