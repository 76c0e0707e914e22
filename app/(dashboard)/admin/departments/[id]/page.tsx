import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DecisionControls } from '@/components/admin/departments/decision-controls';
import { DecisionNotices } from '@/components/admin/departments/decision-notice';
import { DepartmentStatusBadge } from '@/components/admin/departments/department-status-badge';
import { textLink } from '@/components/ui/styles';
import { db } from '@/db/client';
import { guardPlatformAdmin } from '@/lib/auth/guard';
import { getDepartmentForAdmin } from '@/lib/departments/list-departments';
import { getStaffI18n } from '@/lib/i18n/server';
import { formatDateTime } from '@/lib/time';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getStaffI18n();
  return { title: m.admin.area.pageTitle(m.admin.department.title) };
}

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
  const viewer = await guardPlatformAdmin();
  if (!viewer) notFound();
  const { m } = await getStaffI18n(viewer);
  const t = m.admin.department;
  const { id } = await params;
  const d = await getDepartmentForAdmin(db, id);
  if (!d) notFound();
  return (
    <div className="space-y-8" data-testid="admin-department-page">
      <Link href="/admin/departments" className={textLink}>
        {t.back}
      </Link>
      <DecisionNotices>
        <div className="flex flex-wrap items-center gap-3">
          <h2 className="text-xl font-bold text-brand-900">
            {d.name}
            {d.acronym ? <span className="font-normal text-slate-700"> ({d.acronym})</span> : null}
          </h2>
          <DepartmentStatusBadge status={d.status} m={m} />
        </div>
        <dl className="grid max-w-4xl gap-x-8 gap-y-3 sm:grid-cols-2">
          <Field label={t.slug}>
            <span className="font-mono">{d.slug}</span>
          </Field>
          <Field label={t.applied}>{formatDateTime(d.createdAt)}</Field>
          <Field label={t.requestedBy}>{d.requester ? `${d.requester.name} · ${d.requester.email}` : '—'}</Field>
          <Field label={t.contact}>{[d.contactName, d.contactEmail].filter(Boolean).join(' · ') || '—'}</Field>
          <div className="sm:col-span-2">
            <Field label={t.applicationReason}>
              <span className="whitespace-pre-wrap">{d.applicationReason || '—'}</span>
            </Field>
          </div>
          <Field label={t.lastDecision}>
            {d.decidedAt ? `${formatDateTime(d.decidedAt)}${d.decidedByEmail ? t.decidedBy(d.decidedByEmail) : ''}` : '—'}
          </Field>
          <Field label={t.decisionReason}>
            <span className="whitespace-pre-wrap">{d.decisionReason || '—'}</span>
          </Field>
          <Field label={t.programsWebhooks}>
            {d.openPrograms} / {d.webhooks}
          </Field>
          <Field label={t.held}>{d.heldDeliveries}</Field>
        </dl>
        <section aria-labelledby="decide-title" className="space-y-3">
          <h3 id="decide-title" className="text-lg font-bold text-brand-900">
            {t.decision}
          </h3>
          <DecisionControls departmentId={d.id} name={d.name} status={d.status} />
          {d.status === 'approved' ? (
            <p>
              <Link href={`/dashboard/${d.slug}/webhooks`} className={textLink}>
                {t.openDashboard}
              </Link>
            </p>
          ) : null}
        </section>
        <section aria-labelledby="members-title" className="space-y-3">
          <h3 id="members-title" className="text-lg font-bold text-brand-900">
            {t.members(d.memberList.length)}
          </h3>
          {d.memberList.length === 0 ? (
            <p className="text-slate-700">{t.noMembers}</p>
          ) : (
            <ul className="divide-y divide-slate-200 rounded-lg border-2 border-slate-200">
              {d.memberList.map((member) => (
                <li key={member.email} className="flex flex-wrap justify-between gap-2 p-3">
                  <span className="break-words">
                    {member.name} · {member.email}
                  </span>
                  <span className="text-sm font-semibold text-slate-700">{m.department.roles[member.role]}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="history-title" className="space-y-3">
          <h3 id="history-title" className="text-lg font-bold text-brand-900">
            {t.history}
          </h3>
          {d.history.length === 0 ? (
            <p className="text-slate-700">{t.noHistory}</p>
          ) : (
            <ol className="space-y-2" data-testid="department-history">
              {d.history.map((h, i) => (
                <li key={i} className="rounded-lg border-l-4 border-brand-700 bg-slate-50 p-3">
                  <p>
                    <span className="font-semibold">{t.historyActions[h.action] ?? h.action}</span> · {formatDateTime(h.at)}
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
