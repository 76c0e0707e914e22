import type { WebhookDetail, WebhookProgramOption } from '@/db/queries/webhooks';
import { eventsLabel } from './format';
import { isSensitiveHeaderName, MASKED_VALUE } from '@/lib/webhooks/sensitive-headers';

/** The settings, read-only, for staff (who may look and ping but not change anything). */
export function WebhookSummary({ webhook: w, programs, defaultMaxInFlight }: { webhook: WebhookDetail; programs: WebhookProgramOption[]; defaultMaxInFlight: number }) {
  const titles = new Map(programs.map((p) => [p.id, p.titleEn]));
  const headers = Object.entries(w.customHeaders);
  const rows: Array<[string, React.ReactNode]> = [
    ['Payload URL', <span key="u" className="break-all font-mono text-sm">{w.url}</span>],
    ['Description', w.description || '—'],
    ['Content type', w.contentType === 'json' ? 'application/json' : 'application/x-www-form-urlencoded'],
    ['Verification', w.verification === 'signature' ? 'Signature' : 'Shared token (weaker)'],
    ['Events', <span key="e" className="font-mono text-sm">{eventsLabel(w.events)}</span>],
    [
      'Programs',
      w.allPrograms ? (
        'All programs'
      ) : (
        <ul key="p" className="list-disc pl-5">
          {w.programIds.map((id) => (
            <li key={id}>{titles.get(id) ?? id}</li>
          ))}
        </ul>
      ),
    ],
    ['SSL verification', w.sslVerify ? 'On' : 'Off'],
    [
      'Custom headers',
      headers.length === 0 ? (
        'None'
      ) : (
        <ul key="h" className="space-y-0.5 font-mono text-sm">
          {headers.map(([name, value]) => (
            <li key={name} className="break-all">
              {name}: {isSensitiveHeaderName(name) ? <>
                  <span aria-hidden="true">{MASKED_VALUE}</span>
                  <span className="sr-only">(hidden)</span>
                </> : value}
            </li>
          ))}
        </ul>
      ),
    ],
    ['Ordered delivery', w.ordered ? 'On' : 'Off'],
    ['Maximum requests in flight', w.maxInFlight === null ? `${defaultMaxInFlight} (platform default)` : String(w.maxInFlight)],
    ['Active', w.active ? 'Yes' : 'No'],
  ];
  return (
    <section aria-labelledby="webhook-settings-title" className="space-y-3" data-testid="webhook-summary">
      <h2 id="webhook-settings-title" className="text-xl font-bold text-brand-900">
        Settings
      </h2>
      <p className="text-sm text-slate-700">Only a department admin can change these.</p>
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
