import type { StatusIconName } from '@/components/ui/icons';
import { StatusBadge, type BadgeTone } from '@/components/ui/status-badge';
import type { StaffMessages } from '@/lib/i18n/staff';
import { phaseOf } from './breaker';

/**
 * Active / inactive / disabled after failures / paused (breaker open) / probing, as an icon AND
 * a word (never colour alone).
 */
export type WebhookState = 'active' | 'inactive' | 'failing' | 'paused' | 'probing';

/** `now` (ms) decides between paused and probing when the webhook's breaker is open. */
export function webhookState(w: { active: boolean; disabledAt: unknown; nextProbeAt?: string | Date | null }, now: number = Date.now()): WebhookState {
  if (w.disabledAt) return 'failing';
  if (!w.active) return 'inactive';
  return phaseOf(w.nextProbeAt ?? null, now) ?? 'active';
}

const META: Record<WebhookState, { tone: BadgeTone; icon: StatusIconName }> = {
  active: { tone: 'success', icon: 'check' },
  inactive: { tone: 'neutral', icon: 'pause' },
  paused: { tone: 'warning', icon: 'pause-circle' },
  probing: { tone: 'info', icon: 'pulse' },
  failing: { tone: 'danger', icon: 'warning' },
};

export function WebhookStateBadge({ state, m }: { state: WebhookState; m: StaffMessages }) {
  const meta = META[state];
  return <StatusBadge label={m.webhooks.state[state]} tone={meta.tone} icon={meta.icon} testId="webhook-state" data={{ 'data-state': state }} />;
}
