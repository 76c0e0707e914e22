import type { LeadDetail } from '@/db/queries/leads';
import { isLocale, type Locale } from '@/lib/i18n/locale';
import type { StaffMessages } from '@/lib/i18n/staff';
import { formatLeadTime } from './format';
import { businessStageLabel, sectorLabel } from './labels';

/**
 * What the applicant sent, as text. Values are React text nodes only (escaped by React):
 * nothing a visitor typed is ever parsed as HTML, and links are not made from it.
 */
export function LeadDetails({ lead, locale, m }: { lead: LeadDetail; locale: Locale; m: StaffMessages }) {
  const t = m.leads.details;
  const purged = lead.purgedAt !== null;
  const rows: [string, string, string?][] = [
    [t.reference, lead.reference, 'lead-reference'],
    [t.name, lead.name, 'lead-name'],
    [t.email, lead.email, 'lead-email'],
    [t.phone, lead.phone, 'lead-phone'],
    [t.businessName, lead.businessName, 'lead-business'],
    [t.municipality, lead.municipality],
    [t.businessStage, purged ? '' : businessStageLabel(lead.businessStage, locale)],
    [t.sector, purged ? '' : sectorLabel(lead.sector, locale)],
    [t.message, lead.message, 'lead-message'],
    [t.formLanguage, isLocale(lead.locale) ? m.leads.formLanguages[lead.locale] : lead.locale],
    [t.received, formatLeadTime(lead.createdAt)],
    [t.consent, t.consentValue(formatLeadTime(lead.consentAt), lead.consentedDepartments.join(', ') || '—')],
  ];
  // The program's title in the viewer's language first, the other one after it.
  const other: Locale = locale === 'es' ? 'en' : 'es';
  return (
    <div className="space-y-3">
      {purged ? (
        <p className="rounded-lg border-2 border-slate-400 bg-slate-50 p-3" data-testid="lead-purged">
          {t.purged(formatLeadTime(lead.purgedAt!))}
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
          <dt className="font-semibold text-slate-700">{t.programs}</dt>
          <dd>
            <ul className="list-disc pl-5" data-testid="lead-programs">
              {lead.programs.map((p) => {
                const titles = { es: p.titleEs, en: p.titleEn };
                return (
                  <li key={p.id}>
                    <span lang={locale}>{titles[locale]}</span>{' '}
                    <span className="text-slate-700" lang={other}>
                      ({titles[other]})
                    </span>
                  </li>
                );
              })}
            </ul>
          </dd>
        </div>
      </dl>
    </div>
  );
}
