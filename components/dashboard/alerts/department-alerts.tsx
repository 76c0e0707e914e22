import Link from 'next/link';
import { db } from '@/db/client';
import { listDepartmentAlerts } from '@/lib/alerts/current-alerts';
import { urlOrigin, webhookLabel } from '@/lib/alerts/labels';
import type { Locale } from '@/lib/i18n/locale';
import { formatCount } from '@/lib/i18n/numbers';
import type { StaffMessages } from '@/lib/i18n/staff';
import { formatDateTime } from '@/lib/time';

/**
 * The department's current failure alerts, under the department header: each disabled or
 * failing webhook, since when, linking to its page. Read from the database on every render, so
 * it needs no e-mail (docs/decisions/016-failure-alerts.md). Nothing when all is well.
 */
export async function DepartmentAlerts({ departmentId, slug, locale, m }: { departmentId: string; slug: string; locale: Locale; m: StaffMessages }) {
  const alerts = await listDepartmentAlerts(db, departmentId);
  if (alerts.length === 0) return null;
  const t = m.department.alerts;
  const disabled = alerts.filter((a) => a.state === 'disabled').length;
  const title = alerts.length === 1 ? (disabled === 1 ? t.oneDisabled : t.oneFailing) : t.several(formatCount(alerts.length, locale));
  return (
    <section
      aria-labelledby="department-alerts-title"
      className="rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-950"
      data-testid="department-alerts"
    >
      <h2 id="department-alerts-title" className="font-bold">
        <span aria-hidden="true">⚠ </span>
        {title}
      </h2>
      <ul className="mt-2 space-y-1">
        {alerts.map((a) => (
          <li key={a.webhookId} data-testid="department-alert" data-state={a.state}>
            <Link href={`/dashboard/${slug}/webhooks/${a.webhookId}`} className="font-semibold text-red-900 underline decoration-2 hover:decoration-[3px]">
              {webhookLabel(a)}
            </Link>{' '}
            <span className="text-sm">
              ({urlOrigin(a.url)}) — {a.state === 'disabled' ? t.disabledSince(formatDateTime(a.since)) : t.failingSince(formatDateTime(a.since))}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
