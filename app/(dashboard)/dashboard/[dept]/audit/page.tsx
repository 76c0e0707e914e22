import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { db } from '@/db/client';
import { AuditLog } from '@/components/dashboard/audit/audit-log';
import { listAuditEntries, parseAuditFilters, type AuditScope } from '@/lib/audit/query-audit';
import { guardDepartment } from '@/lib/auth/guard';

export const metadata: Metadata = { title: 'Audit log' };
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
  const page = await listAuditEntries(db, scope, filters);
  const slug = g.department.slug;
  return (
    <div className="space-y-4" data-testid="department-audit-page">
      <div className="max-w-3xl space-y-1">
        <h2 className="text-xl font-bold text-brand-900">Audit log</h2>
        <p className="text-slate-800">What was done in this department, by whom and when: webhooks, secrets, programs, members, redeliveries and exports.</p>
      </div>
      <AuditLog basePath={`/dashboard/${slug}/audit`} exportPath={`/api/dashboard/${slug}/audit/export`} filters={filters} ignored={invalid} page={page} />
    </div>
  );
}
