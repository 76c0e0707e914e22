import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { ApplicationStatus } from '@/components/dashboard/application-status';
import { db } from '@/db/client';
import { getViewer } from '@/lib/auth/session';
import { listOwnPendingDepartments } from '@/lib/departments/list-departments';
import { getStaffI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getStaffI18n();
  return { title: m.department.home.title };
}

/**
 * Where sign-in lands. One approved department: straight to it. Otherwise the viewer's
 * approved departments, and the state of any that are not: waiting for approval, rejected
 * (with the admin's reason) or suspended.
 */
export default async function DashboardHome() {
  const viewer = await getViewer();
  if (!viewer) redirect('/login');
  const approved = viewer.memberships.filter((m) => m.status === 'approved');
  if (viewer.platformRole !== 'admin' && approved.length === 1) redirect(`/dashboard/${approved[0]!.slug}/webhooks`);
  const others = await listOwnPendingDepartments(db, viewer.userId);
  const { locale, m } = await getStaffI18n(viewer);
  const t = m.department;
  return (
    <div className="space-y-6" data-testid="dashboard-home">
      <h1 className="text-2xl font-bold text-brand-900">{t.home.title}</h1>
      {approved.length > 0 ? (
        <ul className="grid gap-3 sm:grid-cols-2">
          {approved.map((d) => (
            <li key={d.departmentId}>
              <Link href={`/dashboard/${d.slug}/webhooks`} className="block rounded-lg border-2 border-slate-300 p-4 font-semibold text-brand-800 hover:border-brand-700">
                {d.name} <span className="block text-sm font-normal text-slate-700">{t.roles[d.role]}</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {others.map((a) => (
        <ApplicationStatus key={a.departmentId} a={a} locale={locale} m={m} />
      ))}
      {approved.length === 0 && others.length === 0 && viewer.platformRole !== 'admin' ? <p>{t.home.noDepartment}</p> : null}
      {viewer.platformRole === 'admin' ? (
        <p>
          {t.home.platformAdminBefore}
          <Link href="/admin/departments" className="font-semibold text-brand-700 underline">
            {t.home.platformAdminLink}
          </Link>
          {t.home.platformAdminAfter}
        </p>
      ) : null}
    </div>
  );
}
