import type { DepartmentHealth, EndpointState } from '@/db/queries/admin-overview';
import type { StatusIconName } from '@/components/ui/icons';
import { StatusBadge, type BadgeTone } from '@/components/ui/status-badge';
import type { StaffMessages } from '@/lib/i18n/staff';

/** What the overview shows for a department or an endpoint. */
export type ShownHealth = DepartmentHealth | EndpointState;

const META: Record<ShownHealth, { tone: BadgeTone; icon: StatusIconName }> = {
  disabled: { tone: 'danger', icon: 'warning' },
  failing: { tone: 'warning', icon: 'alert' },
  'low-success': { tone: 'warning', icon: 'retry' },
  inactive: { tone: 'neutral', icon: 'pause' },
  healthy: { tone: 'success', icon: 'check' },
  none: { tone: 'faint', icon: 'dashed-ring' },
};

/** A department's or an endpoint's health as an icon AND a word (never colour alone). */
export function HealthBadge({ health, m }: { health: ShownHealth; m: StaffMessages }) {
  const meta = META[health];
  return <StatusBadge label={m.admin.health[health]} tone={meta.tone} icon={meta.icon} testId="health" data={{ 'data-health': health }} />;
}
