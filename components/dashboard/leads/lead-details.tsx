import type { LeadDetail } from '@/db/queries/leads';
import { formatLeadTime } from './format';
import { businessStageLabel, localeLabel, sectorLabel } from './labels';

/**
 * What the applicant sent, as text. Values are React text nodes only (escaped by React):
 * nothing a visitor typed is ever parsed as HTML, and links are not made from it.
 */
export function LeadDetails({ lead }: { lead: LeadDetail }) {
  const purged = lead.purgedAt !== null;
  const rows: [string, string, string?][] = [
    ['Reference', lead.reference, 'lead-reference'],
    ['Name', lead.name, 'lead-name'],
    ['Email', lead.email, 'lead-email'],
    ['Phone', lead.phone, 'lead-phone'],
    ['Business name', lead.businessName, 'lead-business'],
    ['Municipality', lead.municipality],
    ['Business stage', purged ? '' : businessStageLabel(lead.businessStage)],
    ['Sector', purged ? '' : sectorLabel(lead.sector)],
    ['Message', lead.message, 'lead-message'],
    ['Form language', localeLabel(lead.locale)],
    ['Received', formatLeadTime(lead.createdAt)],
    ['Consent given', `${formatLeadTime(lead.consentAt)} — to share with ${lead.consentedDepartments.join(', ') || '—'}`],
  ];
  return (
    <div className="space-y-3">
      {purged ? (
        <p className="rounded-lg border-2 border-slate-400 bg-slate-50 p-3" data-testid="lead-purged">
          The personal data of this lead was removed on {formatLeadTime(lead.purgedAt!)} under the retention policy. Only the reference and programs remain.
        </p>
      ) : null}
      <dl className="max-w-3xl divide-y divide-slate-200 rounded-lg border-2 border-slate-200" data-testid="lead-details">
        {rows.map(([label, value, testId]) => (
          <div key={label} className="grid gap-1 p-3 sm:grid-cols-[12rem_1fr]">
            <dt className="font-semibold text-slate-700">{label}</dt>
            <dd className="whitespace-pre-line break-words" data-testid={testId}>
              {value === '' ? <span className="text-slate-600">—</span> : value}
            </dd>
          </div>
        ))}
        <div className="grid gap-1 p-3 sm:grid-cols-[12rem_1fr]">
          <dt className="font-semibold text-slate-700">Programs of this department</dt>
          <dd>
            <ul className="list-disc pl-5" data-testid="lead-programs">
              {lead.programs.map((p) => (
                <li key={p.id}>
                  {p.titleEn} <span className="text-slate-700" lang="es">({p.titleEs})</span>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
    </div>
  );
}
