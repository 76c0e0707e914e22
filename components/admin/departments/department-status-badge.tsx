import type { DepartmentStatus } from '@/lib/departments/decide-department';
import type { StaffMessages } from '@/lib/i18n/staff';
import type { StatusIconName } from '@/components/ui/icons';
import { StatusBadge, type BadgeTone } from '@/components/ui/status-badge';

/** Pending / Approved / Rejected / Suspended, as an icon AND a word (never colour alone). */
const META: Record<DepartmentStatus, { tone: BadgeTone; icon: StatusIconName }> = {
  pending: { tone: 'warning', icon: 'clock' },
  approved: { tone: 'success', icon: 'check' },
  rejected: { tone: 'danger', icon: 'cross' },
  suspended: { tone: 'neutral', icon: 'pause' },
};

export function DepartmentStatusBadge({ status, m }: { status: DepartmentStatus; m: StaffMessages }) {
  const meta = META[status];
  return <StatusBadge label={m.admin.departments.status[status]} tone={meta.tone} icon={meta.icon} testId="department-status" data={{ 'data-status': status }} />;
}
