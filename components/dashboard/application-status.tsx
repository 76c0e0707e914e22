import { formatDateTime } from '@/lib/time';
import type { OwnApplication } from '@/lib/departments/list-departments';

const STYLE = {
  pending: 'border-amber-600 bg-amber-50',
  rejected: 'border-red-700 bg-red-50',
  suspended: 'border-slate-600 bg-slate-100',
} as const;

/** What a member of a department that is not approved sees instead of its dashboard. */
export function ApplicationStatus({ a }: { a: OwnApplication }) {
  if (a.status === 'approved') return null;
  const name = a.acronym ? `${a.name} (${a.acronym})` : a.name;
  const titleId = `status-${a.departmentId}`;
  return (
    <section aria-labelledby={titleId} className={`space-y-2 rounded-lg border-2 p-5 ${STYLE[a.status]}`} data-testid="application-status" data-status={a.status}>
      {a.status === 'pending' ? (
        <>
          <h2 id={titleId} className="text-lg font-bold text-slate-900">
            Waiting for approval: {name}
          </h2>
          <p>
            The application sent on {formatDateTime(a.appliedAt)} is waiting for a Puente platform admin. As soon as it is approved you can open the
            department&apos;s dashboard from here{a.role === 'admin' ? ' as its department admin' : ''}, publish programs and set up webhooks.
          </p>
          <p className="text-slate-800">Until then its programs are not on the public site and it receives no leads.</p>
        </>
      ) : a.status === 'rejected' ? (
        <>
          <h2 id={titleId} className="text-lg font-bold text-red-900">
            Application not approved: {name}
          </h2>
          <p>A platform admin rejected the application{a.decidedAt ? ` on ${formatDateTime(a.decidedAt)}` : ''}.</p>
          {a.decisionReason ? (
            <div>
              <p className="font-semibold">Reason given:</p>
              <p className="whitespace-pre-wrap break-words rounded border border-red-300 bg-white p-3" data-testid="decision-reason">
                {a.decisionReason}
              </p>
            </div>
          ) : null}
          <p className="text-slate-800">If you think this is a mistake, reply to the Puente team with more details; an admin can still approve it.</p>
        </>
      ) : (
        <>
          <h2 id={titleId} className="text-lg font-bold text-slate-900">
            Suspended: {name}
          </h2>
          <p>
            A platform admin suspended this department{a.decidedAt ? ` on ${formatDateTime(a.decidedAt)}` : ''}. Its deliveries are on hold (nothing is lost)
            and its programs are hidden from the public site until it is reinstated.
          </p>
          {a.decisionReason ? (
            <div>
              <p className="font-semibold">Reason given:</p>
              <p className="whitespace-pre-wrap break-words rounded border border-slate-300 bg-white p-3" data-testid="decision-reason">
                {a.decisionReason}
              </p>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
