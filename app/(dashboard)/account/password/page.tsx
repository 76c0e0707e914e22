import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { getViewer } from '@/lib/auth/session';
import { getStaffI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getStaffI18n();
  return { title: m.account.forcedPassword.title };
}

/** Where a person whose password an admin reset is sent before anything else. */
export default async function ForcedPasswordChangePage() {
  const viewer = await getViewer();
  if (!viewer) redirect('/login?callbackUrl=/account/password');
  if (!viewer.mustChangePassword) redirect('/dashboard/account');
  const t = (await getStaffI18n(viewer)).m.account.forcedPassword;
  return (
    <div className="max-w-2xl space-y-5" data-testid="forced-password-page">
      <h1 className="text-2xl font-bold text-brand-900">{t.heading}</h1>
      <p role="status" className="rounded-lg border-2 border-amber-600 bg-amber-50 p-4 text-amber-950">
        {t.notice}
      </p>
      <ChangePasswordForm forced />
    </div>
  );
}
