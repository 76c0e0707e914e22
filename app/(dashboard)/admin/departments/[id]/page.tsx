import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DecisionControls } from '@/components/admin/departments/decision-controls';
import { DecisionNotices } from '@/components/admin/departments/decision-notice';
import { DepartmentStatusBadge } from '@/components/admin/departments/department-status-badge';
import { formatDateTime } from '@/components/dashboard/webhooks/format';
import { textLink } from '@/components/ui/styles';
import { db } from '@/db/client';
import { guardPlatformAdmin } from '@/lib/auth/guard';
import { getDepartmentForAdmin } from '@/lib/departments/list-departments';

export const metadata: Metadata = { title: 'Department · Administration' };

const HISTORY_LABELS: Record<string, string> = {
  'department.applied': 'Applied',
  'department.approved': 'Approved',
  'department.rejected': 'Rejected',
  'department.suspended': 'Suspended',
  'department.reinstated': 'Reinstated',
};

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-sm font-semibold text-slate-700">{label}</dt>
      <dd className="break-words">{children}</dd>
    </div>
  );
}

/** One department: its application, decision, members and history, with the moves its status allows. */
export default async function AdminDepartmentPage({ params }: { params: Promise<{ id: string }> }) {
  if (!(await guardPlatformAdmin())) notFound();
  const { id } = await params;
  const d = await getDepartmentForAdmin(db, id);
  if (!d) notFound();
  return (
    <div className="space-y-8" data-testid="admin-department-page">
      <Link href="/admin/departments" className={textLink}>
        ← Departments
      </Link>
      <DecisionNotices>
        <div className="flex flex-wrap items-center gap-3">
          <h2 className="text-xl font-bold text-brand-900">
            {d.name}
            {d.acronym ? <span className="font-normal text-slate-700"> ({d.acronym})</span> : null}
          </h2>
          <DepartmentStatusBadge status={d.status} />
        </div>
        <dl className="grid max-w-4xl gap-x-8 gap-y-3 sm:grid-cols-2">
          <Field label="Slug">
            <span className="font-mono">{d.slug}</span>
          </Field>
          <Field label="Applied">{formatDateTime(d.createdAt)}</Field>
          <Field label="Requested by">{d.requester ? `${d.requester.name} · ${d.requester.email}` : '—'}</Field>
          <Field label="Department contact">{[d.contactName, d.contactEmail].filter(Boolean).join(' · ') || '—'}</Field>
          <div className="sm:col-span-2">
            <Field label="Reason for applying">
              <span className="whitespace-pre-wrap">{d.applicationReason || '—'}</span>
            </Field>
          </div>
          <Field label="Last decision">
            {d.decidedAt ? `${formatDateTime(d.decidedAt)}${d.decidedByEmail ? ` by ${d.decidedByEmail}` : ''}` : '—'}
          </Field>
          <Field label="Reason given">
            <span className="whitespace-pre-wrap">{d.decisionReason || '—'}</span>
          </Field>
          <Field label="Open programs / webhooks">
            {d.openPrograms} / {d.webhooks}
          </Field>
          <Field label="Deliveries held">{d.heldDeliveries}</Field>
        </dl>
        <section aria-labelledby="decide-title" className="space-y-3">
          <h3 id="decide-title" className="text-lg font-bold text-brand-900">
            Decision
          </h3>
          <DecisionControls departmentId={d.id} name={d.name} status={d.status} />
          {d.status === 'approved' ? (
            <p>
              <Link href={`/dashboard/${d.slug}/webhooks`} className={textLink}>
                Open its dashboard
              </Link>
            </p>
          ) : null}
        </section>
        <section aria-labelledby="members-title" className="space-y-3">
          <h3 id="members-title" className="text-lg font-bold text-brand-900">
            Members ({d.memberList.length})
          </h3>
          {d.memberList.length === 0 ? (
            <p className="text-slate-700">No members.</p>
          ) : (
            <ul className="divide-y divide-slate-200 rounded-lg border-2 border-slate-200">
              {d.memberList.map((m) => (
                <li key={m.email} className="flex flex-wrap justify-between gap-2 p-3">
                  <span className="break-words">
                    {m.name} · {m.email}
                  </span>
                  <span className="text-sm font-semibold text-slate-700">{m.role === 'admin' ? 'Department admin' : 'Staff'}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="history-title" className="space-y-3">
          <h3 id="history-title" className="text-lg font-bold text-brand-900">
            History
          </h3>
          {d.history.length === 0 ? (
            <p className="text-slate-700">No recorded application or decision.</p>
          ) : (
            <ol className="space-y-2" data-testid="department-history">
              {d.history.map((h, i) => (
                <li key={i} className="rounded-lg border-l-4 border-brand-700 bg-slate-50 p-3">
                  <p>
                    <span className="font-semibold">{HISTORY_LABELS[h.action] ?? h.action}</span> · {formatDateTime(h.at)}
                    {h.actorEmail ? ` · ${h.actorEmail}` : ''}
                  </p>
                  {h.reason ? <p className="mt-1 whitespace-pre-wrap break-words text-slate-800">“{h.reason}”</p> : null}
                </li>
              ))}
            </ol>
          )}
        </section>
      </DecisionNotices>
    </div>
  );
}
