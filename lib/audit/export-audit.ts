/**
 * The audit log as a CSV download (the same filters as the page, newest first, at most
 * AUDIT_EXPORT_LIMIT rows). Every cell goes through lib/leads/export-csv, so an actor email
 * or a detail typed by someone cannot become a spreadsheet formula. The export is itself
 * audited ('audit.exported', with the count and the filters), in the transaction that read it.
 * The header row and the acts' readable names are in the downloader's language (Spanish by default).
 */
import type { Db } from '../../db/client';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import { staffMessages } from '../i18n/staff';
import { buildCsv, csvFilename } from '../leads/export-csv';
import { auditActionLabel } from './audit-actions';
import { listAuditEntriesForExport, type AuditFilters, type AuditScope } from './query-audit';
import { recordAudit, type Actor } from './record-audit';

export const AUDIT_EXPORTED = 'audit.exported';

/** 2026-05-01T14:03:22.123456Z → 2026-05-01 14:03:22.123456 */
const utc = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, -1)}`;

export interface AuditExport {
  csv: string;
  filename: string;
  count: number;
  truncated: boolean;
}

export async function exportAuditLog(
  db: Db,
  scope: AuditScope,
  filters: AuditFilters,
  actor: Actor,
  opts: { now?: Date; filenamePrefix?: string; locale?: Locale } = {},
): Promise<AuditExport> {
  const f: AuditFilters = { ...filters, cursor: undefined };
  const { entries, truncated } = await db.transaction(async (tx) => {
    const r = await listAuditEntriesForExport(tx, scope, f);
    const departmentId = scope.kind === 'department' ? scope.departmentId : f.department && f.department !== 'none' ? f.department : null;
    await recordAudit(tx, actor, {
      action: AUDIT_EXPORTED,
      departmentId,
      targetType: 'audit_log',
      details: {
        count: r.entries.length,
        truncated: r.truncated,
        scope: scope.kind,
        filters: { action: f.action ?? null, actor: f.actor ?? null, department: f.department ?? null, from: f.from ?? null, to: f.to ?? null },
      },
    });
    return r;
  });
  const locale = opts.locale ?? DEFAULT_LOCALE;
  const csv = buildCsv(
    staffMessages(locale).audit.csvHeader,
    entries.map((e) => [
      utc(e.at),
      e.action,
      auditActionLabel(e.action, locale),
      e.actorEmail,
      e.actorUserId,
      e.actorIp,
      e.departmentName ?? (e.departmentId ? e.departmentId : ''),
      e.targetType,
      e.targetId,
      JSON.stringify(e.details),
    ]),
  );
  return { csv, filename: csvFilename(opts.filenamePrefix ?? 'audit-log', opts.now ?? new Date()), count: entries.length, truncated };
}
