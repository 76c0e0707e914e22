import type { DepartmentHealth, EndpointState } from '@/db/queries/admin-overview';
import type { StatusIconName } from '@/components/ui/icons';
import { StatusBadge, type BadgeTone } from '@/components/ui/status-badge';

/**
 * What the overview shows for a department or an endpoint. `low-success` is the overview's own
 * reading of a department the query calls healthy while its recent attempts mostly fail.
 */
export type ShownHealth = DepartmentHealth | EndpointState | 'low-success';

/** Below this share of 2xx answers in 24 h, a department does not read "Healthy". */
export const HEALTHY_SUCCESS_RATE = 0.95;

/** The health to show: never "Healthy" next to a success rate well below {@link HEALTHY_SUCCESS_RATE}. */
export function shownHealth(d: { health: DepartmentHealth; attempts24h: number; succeeded24h: number }): ShownHealth {
  if (d.health === 'healthy' && d.attempts24h > 0 && d.succeeded24h / d.attempts24h < HEALTHY_SUCCESS_RATE) return 'low-success';
  return d.health;
}

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
