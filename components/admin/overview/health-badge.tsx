import type { DepartmentHealth, EndpointState } from '@/db/queries/admin-overview';
import type { StatusIconName } from '@/components/ui/icons';
import { StatusBadge, type BadgeTone } from '@/components/ui/status-badge';

/** What the overview shows for a department or an endpoint. */
export type ShownHealth = DepartmentHealth | EndpointState;

const META: Record<ShownHealth, { label: string; tone: BadgeTone; icon: StatusIconName }> = {
  disabled: { label: 'Endpoint disabled', tone: 'danger', icon: 'warning' },
  failing: { label: 'Failing', tone: 'warning', icon: 'alert' },
  'low-success': { label: 'Low success rate', tone: 'warning', icon: 'retry' },
  inactive: { label: 'Endpoint off', tone: 'neutral', icon: 'pause' },
  healthy: { label: 'Healthy', tone: 'success', icon: 'check' },
  none: { label: 'No webhooks', tone: 'faint', icon: 'dashed-ring' },
};

/** A department's or an endpoint's health as an icon AND a word (never colour alone). */
export function HealthBadge({ health }: { health: ShownHealth }) {
  const m = META[health];
  return <StatusBadge label={m.label} tone={m.tone} icon={m.icon} testId="health" data={{ 'data-health': health }} />;
}
