import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { staffMessages } from '@/lib/i18n/staff';
import { AppHeader } from '@/components/dashboard/app-header';
import { loginUrl, REQUESTED_PATH_HEADER } from '@/lib/auth/callback-url';
import { getViewer } from '@/lib/auth/session';

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const viewer = await getViewer();
  if (!viewer) redirect(loginUrl((await headers()).get(REQUESTED_PATH_HEADER), '/dashboard'));
  // After an admin reset, changing the password comes before anything else.
  if (viewer.mustChangePassword) redirect('/account/password');
  return (
    <div className="flex min-h-screen flex-col">
      <AppHeader viewer={viewer} m={staffMessages(viewer.locale)} />
      <main id="contenido" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">
        {children}
      </main>
    </div>
  );
}
