import type { DeliveryStatus } from '@/db/queries/deliveries';
import { StatusBadge as Badge, type BadgeTone } from '@/components/ui/status-badge';
import type { StatusIconName } from '@/components/ui/icons';
import type { StaffMessages } from '@/lib/i18n/staff';

/** A delivery's status as icon AND word (never colour alone); the word is `m.deliveries.status`. */
export const DELIVERY_STATUS_META: Record<DeliveryStatus, { tone: BadgeTone; icon: StatusIconName }> = {
  delivered: { tone: 'success', icon: 'check' },
  retrying: { tone: 'warning', icon: 'retry' },
  pending: { tone: 'warning', icon: 'clock' },
  failed: { tone: 'danger', icon: 'cross' },
  held: { tone: 'neutral', icon: 'pause' },
  skipped: { tone: 'neutral', icon: 'skip' },
};

export function statusLabel(status: DeliveryStatus, m: StaffMessages): string {
  return m.deliveries.status[status] ?? m.deliveries.status.pending;
}

export function StatusBadge({ status, m }: { status: DeliveryStatus; m: StaffMessages }) {
  const meta = DELIVERY_STATUS_META[status] ?? DELIVERY_STATUS_META.pending;
  return <Badge variant="text" label={statusLabel(status, m)} tone={meta.tone} icon={meta.icon} testId="delivery-status" data={{ 'data-status': status }} />;
}
