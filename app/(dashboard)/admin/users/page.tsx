import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { db } from '@/db/client';
import { UsersTable } from '@/components/admin/users/users-table';
import { guardPlatformAdmin } from '@/lib/auth/guard';
import { getStaffI18n } from '@/lib/i18n/server';
import { listUsers } from '@/lib/users/platform-admins';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getStaffI18n();
  return { title: m.admin.area.pageTitle(m.admin.users.title) };
}

/** Every account (platform admins): grant or revoke platform admin, reset a password, disable. */
export default async function AdminUsersPage() {
  const viewer = await guardPlatformAdmin();
  if (!viewer) notFound();
  const { locale, m } = await getStaffI18n(viewer);
  const users = await listUsers(db);
  return (
    <div className="space-y-5" data-testid="admin-users-page">
      <h2 className="text-xl font-bold text-brand-900">{m.admin.users.heading}</h2>
      <p className="max-w-3xl text-slate-700">{m.admin.users.intro}</p>
      <UsersTable users={users} viewerId={viewer.userId} locale={locale} />
    </div>
  );
}
