/**
 * GET /api/dashboard/[dept]/audit/export[?action=&actor=&from=&to=] — the department's audit
 * entries as CSV, for its admins (and platform admins). Anyone else: 401/404 problem+json,
 * the same whether the department exists or not. Bad filters: 400. The export is audited
 * ('audit.exported', recorded against the department) before any data leaves. The CSV is in
 * the admin's language.
 */
import type { NextRequest } from 'next/server';
import { db } from '@/db/client';
import { guardOrProblem, problem } from '@/app/api/dashboard/_lib/problem';
import { exportAuditLog } from '@/lib/audit/export-audit';
import { parseAuditFilters, type AuditScope } from '@/lib/audit/query-audit';
import { actorOf } from '@/lib/auth/guard';
import { clientIpFrom } from '@/lib/client-ip';
import { csvDownload } from '@/lib/leads/export-csv';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest, { params }: { params: Promise<{ dept: string }> }) {
  const { dept } = await params;
  const access = await guardOrProblem(dept, 'admin');
  if ('response' in access) return access.response;
  const { g } = access;
  const scope: AuditScope = { kind: 'department', departmentId: g.department.id };
  const { filters, invalid } = parseAuditFilters(request.nextUrl.searchParams, scope);
  if (invalid.length > 0) return problem(400, `These filters are not valid: ${invalid.join(', ')}.`, { invalid });
  const ex = await exportAuditLog(db, scope, filters, actorOf(g.viewer, clientIpFrom(request.headers)), {
    filenamePrefix: `audit-log-${g.department.slug}`,
    locale: g.viewer.locale,
  });
  return csvDownload(ex.csv, ex.filename, ex.truncated);
}
