import Link from 'next/link';
import { formatDateTime } from '@/lib/time';
import { textLink } from '@/components/ui/styles';
import type { AdminDepartment } from '@/lib/departments/list-departments';
import type { StaffMessages } from '@/lib/i18n/staff';
import { DecisionControls } from './decision-controls';

/** One pending application: who asked, how to reach them, why, and the approve / reject controls. */
export function ApplicationCard({ d, m }: { d: AdminDepartment; m: StaffMessages }) {
  const t = m.admin.departments;
  const titleId = `application-${d.id}-title`;
  return (
    <article id={`application-${d.id}`} aria-labelledby={titleId} className="space-y-4 rounded-lg border-2 border-amber-600 bg-white p-5" data-testid="application-card" data-slug={d.slug}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={titleId} className="text-lg font-bold text-slate-900">
          <Link href={`/admin/departments/${d.id}`} className={textLink}>
            {d.name}
          </Link>
          {d.acronym ? <span className="font-normal text-slate-700"> ({d.acronym})</span> : null}
        </h3>
        <p className="text-sm text-slate-700">{t.applied(formatDateTime(d.createdAt))}</p>
      </div>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
        <div>
          <dt className="text-sm font-semibold text-slate-700">{t.requestedBy}</dt>
          <dd className="break-words">{d.requester ? `${d.requester.name} · ${d.requester.email}` : '—'}</dd>
        </div>
        <div>
          <dt className="text-sm font-semibold text-slate-700">{t.contact}</dt>
          <dd className="break-words">{[d.contactName, d.contactEmail].filter(Boolean).join(' · ') || '—'}</dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="text-sm font-semibold text-slate-700">{t.reason}</dt>
          <dd className="whitespace-pre-wrap break-words" data-testid="application-reason" translate="no">
            {d.applicationReason || '—'}
          </dd>
        </div>
      </dl>
      <DecisionControls departmentId={d.id} name={d.name} status={d.status} />
    </article>
  );
}
