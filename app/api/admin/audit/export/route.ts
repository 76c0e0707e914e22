/**
 * GET /api/admin/audit/export[?action=&actor=&department=&from=&to=] — the whole audit log
 * (with the audit page's filters) as CSV, for platform admins. Anyone else: 401/404
 * problem+json. Bad filters: 400. The export is audited ('audit.exported') before any data leaves.
 */
import type { NextRequest } from 'next/server';
import { db } from '@/db/client';
import { problem } from '@/app/api/dashboard/_lib/problem';
import { exportAuditLog } from '@/lib/audit/export-audit';
import { parseAuditFilters } from '@/lib/audit/query-audit';
import { actorOf, guardPlatformAdmin } from '@/lib/auth/guard';
import { getViewer } from '@/lib/auth/session';
import { clientIpFrom } from '@/lib/client-ip';
import { csvDownload } from '@/lib/leads/export-csv';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest) {
  const viewer = await guardPlatformAdmin();
  if (!viewer) return (await getViewer()) ? problem(404, 'Not found.') : problem(401, 'Sign in to export the audit log.');
  const scope = { kind: 'platform' } as const;
  const { filters, invalid } = parseAuditFilters(request.nextUrl.searchParams, scope);
  if (invalid.length > 0) return problem(400, `These filters are not valid: ${invalid.join(', ')}.`, { invalid });
  const ex = await exportAuditLog(db, scope, filters, actorOf(viewer, clientIpFrom(request.headers)), { filenamePrefix: 'audit-log-puente', locale: viewer.locale });
  return csvDownload(ex.csv, ex.filename, ex.truncated);
}
