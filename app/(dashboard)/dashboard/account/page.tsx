import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { AlertPreferences } from '@/components/dashboard/alerts/alert-preferences';
import { textLink } from '@/components/ui/styles';
import { getViewer } from '@/lib/auth/session';
import { ROLE_LABELS } from '@/lib/users/user-schemas';

export const metadata: Metadata = { title: 'Your account' };

const STATUS: Record<string, string> = { pending: 'waiting for approval', rejected: 'not approved', suspended: 'suspended' };

/** The signed-in person's account: who they are, where they are a member, and their password. */
export default async function AccountPage() {
  const viewer = await getViewer();
  if (!viewer) redirect('/login?callbackUrl=/dashboard/account');
  return (
    <div className="max-w-3xl space-y-8" data-testid="account-page">
      <h1 className="text-2xl font-bold text-brand-900">Your account</h1>
      <section aria-labelledby="account-details" className="space-y-3">
        <h2 id="account-details" className="text-xl font-bold text-brand-900">
          Details
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[10rem_1fr]">
          <dt className="font-semibold text-slate-800">Name</dt>
          <dd data-testid="account-name">{viewer.name}</dd>
          <dt className="font-semibold text-slate-800">Email</dt>
          <dd className="break-all" data-testid="account-email">
            {viewer.email}
          </dd>
          <dt className="font-semibold text-slate-800">Platform role</dt>
          <dd>{viewer.platformRole === 'admin' ? 'Platform admin' : 'Member'}</dd>
        </dl>
        <p className="text-sm text-slate-700">To change your name or email, ask a platform admin.</p>
      </section>
      <section aria-labelledby="account-departments" className="space-y-3">
        <h2 id="account-departments" className="text-xl font-bold text-brand-900">
          Departments
        </h2>
        {viewer.memberships.length === 0 ? (
          <p>You are not a member of any department.</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6">
            {viewer.memberships.map((m) => (
              <li key={m.departmentId}>
                {m.status === 'approved' ? (
                  <Link href={`/dashboard/${m.slug}`} className={textLink}>
                    {m.name}
                  </Link>
                ) : (
                  <span>
                    {m.name} ({STATUS[m.status] ?? m.status})
                  </span>
                )}{' '}
                — {ROLE_LABELS[m.role].toLowerCase()}
              </li>
            ))}
          </ul>
        )}
      </section>
      <AlertPreferences viewer={viewer} />
      <section aria-labelledby="account-password" className="space-y-3">
        <h2 id="account-password" className="text-xl font-bold text-brand-900">
          Change password
        </h2>
        <ChangePasswordForm />
      </section>
    </div>
  );
}
