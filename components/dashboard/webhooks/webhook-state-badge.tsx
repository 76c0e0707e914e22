import type { StatusIconName } from '@/components/ui/icons';
import { StatusBadge, type BadgeTone } from '@/components/ui/status-badge';
import { phaseOf } from './breaker';

/**
 * Active / Inactive / Disabled after failures / Paused (breaker open) / Probing, as an icon AND
 * a word (never colour alone).
 */
export type WebhookState = 'active' | 'inactive' | 'failing' | 'paused' | 'probing';

/** `now` (ms) decides between paused and probing when the webhook's breaker is open. */
export function webhookState(w: { active: boolean; disabledAt: unknown; nextProbeAt?: string | Date | null }, now: number = Date.now()): WebhookState {
  if (w.disabledAt) return 'failing';
  if (!w.active) return 'inactive';
  return phaseOf(w.nextProbeAt ?? null, now) ?? 'active';
}

const META: Record<WebhookState, { label: string; tone: BadgeTone; icon: StatusIconName }> = {
  active: { label: 'Active', tone: 'success', icon: 'check' },
  inactive: { label: 'Inactive', tone: 'neutral', icon: 'pause' },
  paused: { label: 'Paused', tone: 'warning', icon: 'pause-circle' },
  probing: { label: 'Probing', tone: 'info', icon: 'pulse' },
  failing: { label: 'Disabled after failures', tone: 'danger', icon: 'warning' },
};

export function WebhookStateBadge({ state }: { state: WebhookState }) {
  const m = META[state];
  return <StatusBadge label={m.label} tone={m.tone} icon={m.icon} testId="webhook-state" data={{ 'data-state': state }} />;
}
