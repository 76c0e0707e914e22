/**
 * GET /dashboard/[dept]/leads/export[?q=…] — the department's leads (the same search as the
 * list page) as a CSV download. Staff and admins; anyone else gets the same 404 problem+json
 * whether the department exists or not. Every cell is made formula-safe and RFC 4180-quoted
 * (lib/leads/export-csv), and the export is audited ('leads.exported', with the count)
 * before any data leaves. The header row, the business stage, sector and form language, and
 * the programs' titles are in the viewer's language (Spanish unless they chose English).
 */
import type { NextRequest } from 'next/server';
import { db } from '@/db/client';
import { listDepartmentLeadsForExport } from '@/db/queries/leads';
import { businessStageLabel, sectorLabel } from '@/components/dashboard/leads/labels';
import { recordAudit } from '@/lib/audit/record-audit';
import { actorOf, guardDepartment } from '@/lib/auth/guard';
import { normalizeLeadSearch } from '@/lib/leads/lead-filters';
import { clientIpFrom } from '@/lib/client-ip';
import { isLocale, localized } from '@/lib/i18n/locale';
import { staffMessages } from '@/lib/i18n/staff';
import { buildCsv, csvFilename, csvDownload } from '@/lib/leads/export-csv';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** 2026-05-01T14:03:22.123456Z → 2026-05-01 14:03:22 */
const utc = (iso: string | null) => (iso ? `${iso.slice(0, 10)} ${iso.slice(11, 19)}` : '');

function notFoundProblem(): Response {
  return Response.json(
    { type: 'about:blank', title: 'Not Found', status: 404, detail: 'No such department, or you are not a member of it.' },
    { status: 404, headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store' } },
  );
}

export async function GET(request: NextRequest, { params }: { params: Promise<{ dept: string }> }) {
  const { dept } = await params;
  const g = await guardDepartment(dept, 'staff');
  if (!g) return notFoundProblem();

  const search = normalizeLeadSearch(request.nextUrl.searchParams.get('q')) || undefined;
  const { leads, truncated } = await listDepartmentLeadsForExport(db, g.department.id, search);
  const locale = g.viewer.locale;
  const m = staffMessages(locale);
  const csv = buildCsv(
    m.leads.csvHeader,
    leads.map((l) => [
      l.reference,
      utc(l.createdAt),
      l.name,
      l.email,
      l.phone,
      l.businessName,
      l.municipality,
      l.purgedAt ? '' : businessStageLabel(l.businessStage, locale),
      l.purgedAt ? '' : sectorLabel(l.sector, locale),
      l.message,
      isLocale(l.locale) ? m.leads.formLanguages[l.locale] : l.locale,
      utc(l.consentAt),
      l.programs.map((p) => localized(locale, p.titleEs, p.titleEn)).join('; '),
      utc(l.purgedAt),
    ]),
  );

  await recordAudit(db, actorOf(g.viewer, clientIpFrom(request.headers)), {
    action: 'leads.exported',
    departmentId: g.department.id,
    targetType: 'department',
    targetId: g.department.id,
    details: { count: leads.length, search: search ?? null, truncated },
  });

  const filename = csvFilename(`leads-${g.department.slug}`, new Date());
  return csvDownload(csv, filename, truncated);
}
