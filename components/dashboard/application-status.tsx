import type { OwnApplication } from '@/lib/departments/list-departments';
import type { Locale } from '@/lib/i18n/locale';
import type { StaffMessages } from '@/lib/i18n/staff';
import { formatLongDateTime } from '@/lib/time';

const STYLE = {
  pending: 'border-amber-600 bg-amber-50',
  rejected: 'border-red-700 bg-red-50',
  suspended: 'border-slate-600 bg-slate-100',
} as const;

/** What a member of a department that is not approved sees instead of its dashboard. */
export function ApplicationStatus({ a, locale, m }: { a: OwnApplication; locale: Locale; m: StaffMessages }) {
  if (a.status === 'approved') return null;
  const t = m.department.application;
  const name = a.acronym ? `${a.name} (${a.acronym})` : a.name;
  const decidedAt = a.decidedAt ? formatLongDateTime(a.decidedAt, locale) : null;
  const titleId = `status-${a.departmentId}`;
  return (
    <section aria-labelledby={titleId} className={`space-y-2 rounded-lg border-2 p-5 ${STYLE[a.status]}`} data-testid="application-status" data-status={a.status}>
      {a.status === 'pending' ? (
        <>
          <h2 id={titleId} className="text-lg font-bold text-slate-900">
            {t.pendingTitle(name)}
          </h2>
          <p>{t.pendingBody(formatLongDateTime(a.appliedAt, locale), a.role === 'admin')}</p>
          <p className="text-slate-800">{t.pendingUntil}</p>
        </>
      ) : a.status === 'rejected' ? (
        <>
          <h2 id={titleId} className="text-lg font-bold text-red-900">
            {t.rejectedTitle(name)}
          </h2>
          <p>{t.rejectedBody(decidedAt)}</p>
          {a.decisionReason ? (
            <div>
              <p className="font-semibold">{t.reason}</p>
              <p className="whitespace-pre-wrap break-words rounded border border-red-300 bg-white p-3" data-testid="decision-reason" translate="no">
                {a.decisionReason}
              </p>
            </div>
          ) : null}
          <p className="text-slate-800">{t.rejectedMistake}</p>
        </>
      ) : (
        <>
          <h2 id={titleId} className="text-lg font-bold text-slate-900">
            {t.suspendedTitle(name)}
          </h2>
          <p>{t.suspendedBody(decidedAt)}</p>
          {a.decisionReason ? (
            <div>
              <p className="font-semibold">{t.reason}</p>
              <p className="whitespace-pre-wrap break-words rounded border border-slate-300 bg-white p-3" data-testid="decision-reason" translate="no">
                {a.decisionReason}
              </p>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
