import { Tag } from '@/components/ui/status-badge';
import type { StaffMessages } from '@/lib/i18n/staff';

/** "Prueba" / "Test" beside the event name of a test lead's delivery ("Send test lead"), in the log and on its page. */
export function TestTag({ m }: { m: StaffMessages }) {
  return (
    <span title={m.api.testLead.tagTitle} data-testid="delivery-test-tag">
      <Tag tone="warning" className="ml-2 font-sans">
        {m.api.testLead.tag}
      </Tag>
    </span>
  );
}
