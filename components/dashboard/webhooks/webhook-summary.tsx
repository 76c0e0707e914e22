import type { WebhookDetail, WebhookProgramOption } from '@/db/queries/webhooks';
import { eventsLabel } from './format';
import type { StaffMessages } from '@/lib/i18n/staff';
import { isSensitiveHeaderName, MASKED_VALUE } from '@/lib/webhooks/sensitive-headers';

/** The settings, read-only, for staff (who may look and ping but not change anything). */
export function WebhookSummary({ webhook: w, programs, defaultMaxInFlight, m }: { webhook: WebhookDetail; programs: WebhookProgramOption[]; defaultMaxInFlight: number; m: StaffMessages }) {
  const t = m.webhooks.summary;
  const label = m.webhooks.form.fieldLabels;
  const titles = new Map(programs.map((p) => [p.id, p.title]));
  const headers = Object.entries(w.customHeaders);
  const rows: Array<[string, React.ReactNode]> = [
    [label.url, <span key="u" className="break-all font-mono text-sm">{w.url}</span>],
    [label.description, w.description || '—'],
    [label.contentType, w.contentType === 'json' ? 'application/json' : 'application/x-www-form-urlencoded'],
    [label.verification, w.verification === 'signature' ? t.signature : t.token],
    [label.events, <span key="e" className="font-mono text-sm">{eventsLabel(w.events, m)}</span>],
    [
      label.programIds,
      w.allPrograms ? (
        m.webhooks.form.programsAll
      ) : (
        <ul key="p" className="list-disc pl-5">
          {w.programIds.map((id) => (
            <li key={id}>{titles.get(id) ?? id}</li>
          ))}
        </ul>
      ),
    ],
    [label.sslVerify, w.sslVerify ? t.on : t.off],
    [
      label.customHeaders,
      headers.length === 0 ? (
        t.none
      ) : (
        <ul key="h" className="space-y-0.5 font-mono text-sm">
          {headers.map(([name, value]) => (
            <li key={name} className="break-all">
              {name}: {isSensitiveHeaderName(name) ? <>
                  <span aria-hidden="true">{MASKED_VALUE}</span>
                  <span className="sr-only">{t.hidden}</span>
                </> : value}
            </li>
          ))}
        </ul>
      ),
    ],
    [label.ordered, w.ordered ? t.on : t.off],
    [label.maxInFlight, w.maxInFlight === null ? t.platformDefault(defaultMaxInFlight) : String(w.maxInFlight)],
    [label.active, w.active ? t.yes : t.no],
  ];
  return (
    <section aria-labelledby="webhook-settings-title" className="space-y-3" data-testid="webhook-summary">
      <h2 id="webhook-settings-title" className="text-xl font-bold text-brand-900">
        {m.webhooks.form.settingsTitle}
      </h2>
      <p className="text-sm text-slate-700">{t.adminOnly}</p>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold text-slate-900">{term}</dt>
            <dd className="text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
