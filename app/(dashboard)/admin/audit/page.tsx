import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { db } from '@/db/client';
import { AuditLog } from '@/components/dashboard/audit/audit-log';
import { listAuditDepartmentOptions, listAuditEntries, parseAuditFilters, type AuditScope } from '@/lib/audit/query-audit';
import { guardPlatformAdmin } from '@/lib/auth/guard';

export const metadata: Metadata = { title: 'Audit log · Administration' };
export const dynamic = 'force-dynamic';

/** Every audit entry of the platform (platform admins): filters, pages, CSV export. */
export default async function AdminAuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await guardPlatformAdmin();
  if (!viewer) notFound();
  const scope: AuditScope = { kind: 'platform' };
  const { filters, invalid } = parseAuditFilters(await searchParams, scope);
  const [page, departments] = await Promise.all([listAuditEntries(db, scope, filters), listAuditDepartmentOptions(db)]);
  return (
    <div className="space-y-4" data-testid="admin-audit-page">
      <div className="max-w-3xl space-y-1">
        <h2 className="text-xl font-bold text-brand-900">Audit log</h2>
        <p className="text-slate-800">Who did what and when, from where: sign-ins, approvals, roles, webhooks, secrets, redeliveries, allowlist edits, exports and retention.</p>
      </div>
      <AuditLog basePath="/admin/audit" exportPath="/api/admin/audit/export" filters={filters} ignored={invalid} page={page} departments={departments} />
    </div>
  );
}
