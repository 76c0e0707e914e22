import type { DeliveryStatus } from '@/db/queries/deliveries';

/** Status as icon AND word (never colour alone). */
export const DELIVERY_STATUS_META: Record<DeliveryStatus, { label: string; className: string; icon: React.ReactNode }> = {
  delivered: {
    label: 'Delivered',
    className: 'text-green-800',
    icon: <path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />,
  },
  retrying: {
    label: 'Retrying',
    className: 'text-amber-800',
    icon: (
      <path d="M13 8a5 5 0 1 1-1.5-3.6M13 2.5v3h-3" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    ),
  },
  pending: {
    label: 'Pending',
    className: 'text-amber-800',
    icon: (
      <>
        <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M8 5v3.2l2 1.3" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </>
    ),
  },
  failed: {
    label: 'Failed',
    className: 'text-red-800',
    icon: <path d="M4 4l8 8M12 4l-8 8" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />,
  },
  held: {
    label: 'Held',
    className: 'text-slate-700',
    icon: <path d="M5.5 3.5v9M10.5 3.5v9" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />,
  },
  skipped: {
    label: 'Skipped (webhook disabled)',
    className: 'text-slate-700',
    icon: <path d="M3 8h7M8 5l3 3-3 3M13 4v8" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />,
  },
};

export function statusLabel(status: DeliveryStatus): string {
  return DELIVERY_STATUS_META[status].label;
}

export function StatusBadge({ status }: { status: DeliveryStatus }) {
  const m = DELIVERY_STATUS_META[status] ?? DELIVERY_STATUS_META.pending;
  return (
    <span className={`inline-flex items-center gap-1.5 font-semibold ${m.className}`} data-testid="delivery-status" data-status={status}>
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" className="shrink-0">
        {m.icon}
      </svg>
      {m.label}
    </span>
  );
}
