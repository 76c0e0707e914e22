import type { DepartmentStatus } from '@/lib/departments/decide-department';

/** Pending / Approved / Rejected / Suspended, as an icon AND a word (never colour alone). */
const META: Record<DepartmentStatus, { label: string; className: string; icon: React.ReactNode }> = {
  pending: {
    label: 'Pending approval',
    className: 'border-amber-700 bg-amber-50 text-amber-950',
    icon: (
      <>
        <circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" strokeWidth="1.8" />
        <path d="M8 4.5V8l2.4 1.6" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      </>
    ),
  },
  approved: {
    label: 'Approved',
    className: 'border-green-700 bg-green-50 text-green-900',
    icon: <path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />,
  },
  rejected: {
    label: 'Rejected',
    className: 'border-red-700 bg-red-50 text-red-900',
    icon: <path d="M4 4l8 8M12 4l-8 8" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />,
  },
  suspended: {
    label: 'Suspended',
    className: 'border-slate-600 bg-slate-100 text-slate-900',
    icon: <path d="M5.5 3.5v9M10.5 3.5v9" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />,
  },
};

export function DepartmentStatusBadge({ status }: { status: DepartmentStatus }) {
  const m = META[status];
  return (
    <span
      className={`inline-flex items-center gap-1.5 whitespace-nowrap rounded-full border-2 px-2.5 py-0.5 text-sm font-semibold ${m.className}`}
      data-testid="department-status"
      data-status={status}
    >
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false" className="shrink-0">
        {m.icon}
      </svg>
      {m.label}
    </span>
  );
}
