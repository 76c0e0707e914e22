import type { DeliveryStatus } from '@/db/queries/deliveries';
import { StatusBadge as Badge, type BadgeTone } from '@/components/ui/status-badge';
import type { StatusIconName } from '@/components/ui/icons';

/** A delivery's status as icon AND word (never colour alone). */
export const DELIVERY_STATUS_META: Record<DeliveryStatus, { label: string; tone: BadgeTone; icon: StatusIconName }> = {
  delivered: { label: 'Delivered', tone: 'success', icon: 'check' },
  retrying: { label: 'Retrying', tone: 'warning', icon: 'retry' },
  pending: { label: 'Pending', tone: 'warning', icon: 'clock' },
  failed: { label: 'Failed', tone: 'danger', icon: 'cross' },
  held: { label: 'Held', tone: 'neutral', icon: 'pause' },
  skipped: { label: 'Skipped (webhook disabled)', tone: 'neutral', icon: 'skip' },
};

export function statusLabel(status: DeliveryStatus): string {
  return DELIVERY_STATUS_META[status].label;
}

export function StatusBadge({ status }: { status: DeliveryStatus }) {
  const m = DELIVERY_STATUS_META[status] ?? DELIVERY_STATUS_META.pending;
  return <Badge variant="text" label={m.label} tone={m.tone} icon={m.icon} testId="delivery-status" data={{ 'data-status': status }} />;
}
