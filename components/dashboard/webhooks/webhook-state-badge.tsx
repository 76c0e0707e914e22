import { phaseOf } from './breaker';

/**
 * Active / Inactive / Disabled after failures / Paused (breaker open) / Probing, as an icon AND
 * a word (never colour alone).
 */
export type WebhookState = 'active' | 'inactive' | 'failing' | 'paused' | 'probing';

/** `now` (ms) decides between paused and probing when the webhook's breaker is open. */
export function webhookState(w: { active: boolean; disabledAt: unknown; nextProbeAt?: string | Date | null }, now: number = Date.now()): WebhookState {
  if (w.disabledAt) return 'failing';
  if (!w.active) return 'inactive';
  return phaseOf(w.nextProbeAt ?? null, now) ?? 'active';
}

const META: Record<WebhookState, { label: string; className: string; icon: React.ReactNode }> = {
  active: {
    label: 'Active',
    className: 'border-green-700 bg-green-50 text-green-900',
    icon: <path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />,
  },
  inactive: {
    label: 'Inactive',
    className: 'border-slate-500 bg-slate-50 text-slate-800',
    icon: <path d="M5.5 3.5v9M10.5 3.5v9" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />,
  },
  paused: {
    label: 'Paused',
    className: 'border-amber-700 bg-amber-50 text-amber-950',
    icon: (
      <>
        <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
        <path d="M6.2 5.5v5M9.8 5.5v5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      </>
    ),
  },
  probing: {
    label: 'Probing',
    className: 'border-sky-700 bg-sky-50 text-sky-950',
    icon: (
      <path d="M1.5 8.5h3l2-4.5 3 9 2-4.5h3" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    ),
  },
  failing: {
    label: 'Disabled after failures',
    className: 'border-red-700 bg-red-50 text-red-900',
    icon: (
      <>
        <path d="M8 1.5l7 13H1z" fill="currentColor" />
        <path d="M8 6v4M8 12v.3" stroke="white" strokeWidth="1.8" strokeLinecap="round" />
      </>
    ),
  },
};

export function WebhookStateBadge({ state }: { state: WebhookState }) {
  const m = META[state];
  return (
    <span className={`inline-flex items-center gap-1.5 rounded-full border-2 px-2.5 py-0.5 text-sm font-semibold ${m.className}`} data-testid="webhook-state" data-state={state}>
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false" className="shrink-0">
        {m.icon}
      </svg>
      {m.label}
    </span>
  );
}
