import type { ProgramStatus } from '@/lib/programs/program-schema';
import { StatusBadge } from '@/components/ui/status-badge';
import { STATUS_LABELS } from './labels';

/** Status as a word and a shape, never colour alone. */
export function ProgramStatusBadge({ status }: { status: ProgramStatus }) {
  const open = status === 'open';
  return (
    <StatusBadge
      variant="text"
      label={STATUS_LABELS[status]}
      tone={open ? 'success' : 'neutral'}
      icon={open ? 'dot' : 'ring'}
      iconSize={14}
      testId="program-status"
      data={{ 'data-status': status }}
    />
  );
}
