import type { DepartmentHealth, EndpointState } from '@/db/queries/admin-overview';

/** A department's or an endpoint's health as an icon AND a word (never colour alone). */
const META: Record<DepartmentHealth, { label: string; className: string; icon: React.ReactNode }> = {
  disabled: {
    label: 'Endpoint disabled',
    className: 'border-red-700 bg-red-50 text-red-900',
    icon: (
      <>
        <path d="M8 1.5l7 13H1z" fill="currentColor" />
        <path d="M8 6v4M8 12v.3" stroke="white" strokeWidth="1.8" strokeLinecap="round" />
      </>
    ),
  },
  failing: {
    label: 'Failing',
    className: 'border-amber-700 bg-amber-50 text-amber-950',
    icon: (
      <>
        <circle cx="8" cy="8" r="7" fill="currentColor" />
        <path d="M8 4.5v4.2M8 11.2v.3" stroke="white" strokeWidth="2" strokeLinecap="round" />
      </>
    ),
  },
  inactive: {
    label: 'Endpoint off',
    className: 'border-slate-500 bg-slate-50 text-slate-800',
    icon: <path d="M5.5 3.5v9M10.5 3.5v9" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />,
  },
  healthy: {
    label: 'Healthy',
    className: 'border-green-700 bg-green-50 text-green-900',
    icon: <path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />,
  },
  none: {
    label: 'No webhooks',
    className: 'border-slate-400 bg-white text-slate-800',
    icon: <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeDasharray="2.5 2" />,
  },
};

export function HealthBadge({ health }: { health: DepartmentHealth | EndpointState }) {
  const m = META[health];
  return (
    <span
      className={`inline-flex items-center gap-1.5 whitespace-nowrap rounded-full border-2 px-2.5 py-0.5 text-sm font-semibold ${m.className}`}
      data-testid="health"
      data-health={health}
    >
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false" className="shrink-0">
        {m.icon}
      </svg>
      {m.label}
    </span>
  );
}
