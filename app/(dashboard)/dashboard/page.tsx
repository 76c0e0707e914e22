import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { ApplicationStatus } from '@/components/dashboard/application-status';
import { db } from '@/db/client';
import { getViewer } from '@/lib/auth/session';
import { listOwnPendingDepartments } from '@/lib/departments/list-departments';

export const metadata: Metadata = { title: 'Your departments' };

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
  return (
    <div className="space-y-6" data-testid="dashboard-home">
      <h1 className="text-2xl font-bold text-brand-900">Your departments</h1>
      {approved.length > 0 ? (
        <ul className="grid gap-3 sm:grid-cols-2">
          {approved.map((m) => (
            <li key={m.departmentId}>
              <Link href={`/dashboard/${m.slug}/webhooks`} className="block rounded-lg border-2 border-slate-300 p-4 font-semibold text-brand-800 hover:border-brand-700">
                {m.name} <span className="block text-sm font-normal text-slate-700">{m.role === 'admin' ? 'Department admin' : 'Staff'}</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {others.map((a) => (
        <ApplicationStatus key={a.departmentId} a={a} />
      ))}
      {approved.length === 0 && others.length === 0 && viewer.platformRole !== 'admin' ? <p>You are not a member of any department yet.</p> : null}
      {viewer.platformRole === 'admin' ? (
        <p>
          As a platform admin you can open any department, and decide on applications, from the{' '}
          <Link href="/admin/departments" className="font-semibold text-brand-700 underline">
            admin area
          </Link>
          .
        </p>
      ) : null}
    </div>
  );
}
