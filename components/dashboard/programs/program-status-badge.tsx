import type { StaffMessages } from '@/lib/i18n/staff';
import type { ProgramStatus } from '@/lib/programs/program-schema';
import { StatusBadge } from '@/components/ui/status-badge';

/** Status as a word and a shape, never colour alone. */
export function ProgramStatusBadge({ status, m }: { status: ProgramStatus; m: StaffMessages }) {
  const open = status === 'open';
  return (
    <StatusBadge
      variant="text"
      label={m.programs.status[status]}
      tone={open ? 'success' : 'neutral'}
      icon={open ? 'dot' : 'ring'}
      iconSize={14}
      testId="program-status"
      data={{ 'data-status': status }}
    />
  );
}
