import type { DepartmentStatus } from '@/lib/departments/decide-department';
import type { StatusIconName } from '@/components/ui/icons';
import { StatusBadge, type BadgeTone } from '@/components/ui/status-badge';

/** Pending / Approved / Rejected / Suspended, as an icon AND a word (never colour alone). */
const META: Record<DepartmentStatus, { label: string; tone: BadgeTone; icon: StatusIconName }> = {
  pending: { label: 'Pending approval', tone: 'warning', icon: 'clock' },
  approved: { label: 'Approved', tone: 'success', icon: 'check' },
  rejected: { label: 'Rejected', tone: 'danger', icon: 'cross' },
  suspended: { label: 'Suspended', tone: 'neutral', icon: 'pause' },
};

export function DepartmentStatusBadge({ status }: { status: DepartmentStatus }) {
  const m = META[status];
  return <StatusBadge label={m.label} tone={m.tone} icon={m.icon} testId="department-status" data={{ 'data-status': status }} />;
}
