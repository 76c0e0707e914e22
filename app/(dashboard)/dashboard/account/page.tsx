import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { AlertPreferences } from '@/components/dashboard/alerts/alert-preferences';
import { textLink } from '@/components/ui/styles';
import { getViewer } from '@/lib/auth/session';
import { getStaffI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getStaffI18n();
  return { title: m.account.page.title };
}

/** The signed-in person's account: who they are, where they are a member, and their password. */
export default async function AccountPage() {
  const viewer = await getViewer();
  if (!viewer) redirect('/login?callbackUrl=/dashboard/account');
  const { m } = await getStaffI18n(viewer);
  const t = m.account.page;
  return (
    <div className="max-w-3xl space-y-8" data-testid="account-page">
      <h1 className="text-2xl font-bold text-brand-900">{t.heading}</h1>
      <section aria-labelledby="account-details" className="space-y-3">
        <h2 id="account-details" className="text-xl font-bold text-brand-900">
          {t.details}
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[10rem_1fr]">
          <dt className="font-semibold text-slate-800">{t.name}</dt>
          <dd data-testid="account-name">{viewer.name}</dd>
          <dt className="font-semibold text-slate-800">{t.email}</dt>
          <dd className="break-all" data-testid="account-email">
            {viewer.email}
          </dd>
          <dt className="font-semibold text-slate-800">{t.platformRole}</dt>
          <dd>{viewer.platformRole === 'admin' ? t.platformAdmin : t.member}</dd>
        </dl>
        <p className="text-sm text-slate-700">{t.changeDetailsHint}</p>
      </section>
      <section aria-labelledby="account-departments" className="space-y-3">
        <h2 id="account-departments" className="text-xl font-bold text-brand-900">
          {t.departments}
        </h2>
        {viewer.memberships.length === 0 ? (
          <p>{t.noDepartments}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6">
            {viewer.memberships.map((membership) => (
              <li key={membership.departmentId}>
                {membership.status === 'approved' ? (
                  <Link href={`/dashboard/${membership.slug}`} className={textLink}>
                    {membership.name}
                  </Link>
                ) : (
                  <span>
                    {membership.name} ({t.departmentStatus[membership.status] ?? membership.status})
                  </span>
                )}{' '}
                — {m.department.rolesInSentence[membership.role]}
              </li>
            ))}
          </ul>
        )}
      </section>
      <AlertPreferences viewer={viewer} m={m} />
      <section aria-labelledby="account-password" className="space-y-3">
        <h2 id="account-password" className="text-xl font-bold text-brand-900">
          {t.changePassword}
        </h2>
        <ChangePasswordForm />
      </section>
    </div>
  );
}
