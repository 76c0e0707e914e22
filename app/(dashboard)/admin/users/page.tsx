import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { db } from '@/db/client';
import { UsersTable } from '@/components/admin/users/users-table';
import { guardPlatformAdmin } from '@/lib/auth/guard';
import { listUsers } from '@/lib/users/platform-admins';

export const metadata: Metadata = { title: 'Users · Administration' };

/** Every account (platform admins): grant or revoke platform admin, reset a password, disable. */
export default async function AdminUsersPage() {
  const viewer = await guardPlatformAdmin();
  if (!viewer) notFound();
  const users = await listUsers(db);
  return (
    <div className="space-y-5" data-testid="admin-users-page">
      <h2 className="text-xl font-bold text-brand-900">Users</h2>
      <p className="max-w-3xl text-slate-700">
        People join a department through an invitation from its admins. Here platform admins manage platform admin rights, reset a forgotten password (the person must
        choose a new one at their next sign-in) and disable accounts. Puente always keeps at least one platform admin, and nobody can revoke or disable themselves.
      </p>
      <UsersTable users={users} viewerId={viewer.userId} />
    </div>
  );
}
