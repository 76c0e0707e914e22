import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getViewer } from '@/lib/auth/session';

export default async function DashboardHome() {
  const viewer = await getViewer();
  if (!viewer) redirect('/login');
  const approved = viewer.memberships.filter((m) => m.status === 'approved');
  if (viewer.platformRole !== 'admin' && approved.length === 1) redirect(`/dashboard/${approved[0]!.slug}/webhooks`);
  const waiting = viewer.memberships.filter((m) => m.status === 'pending');
  return (
    <main className="space-y-6">
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
      {waiting.length > 0 ? (
        <div role="status" className="rounded-lg border-2 border-amber-600 bg-amber-50 p-4">
          <h2 className="font-bold">Waiting for approval</h2>
          <p>
            {waiting.map((w) => w.name).join(', ')} {waiting.length === 1 ? 'is' : 'are'} waiting for a platform admin to approve the application. No data
            flows until then.
          </p>
        </div>
      ) : null}
      {approved.length === 0 && waiting.length === 0 && viewer.platformRole !== 'admin' ? <p>You are not a member of any department yet.</p> : null}
      {viewer.platformRole === 'admin' ? <p>As a platform admin you can open any department from the admin area.</p> : null}
    </main>
  );
}
