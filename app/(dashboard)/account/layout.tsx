import { redirect } from 'next/navigation';
import { staffMessages } from '@/lib/i18n/staff';
import { AppHeader } from '@/components/dashboard/app-header';
import { getViewer } from '@/lib/auth/session';

/**
 * Pages a signed-in person may see even while they must change their password (outside
 * /dashboard, whose layout sends such a person here first).
 */
export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const viewer = await getViewer();
  if (!viewer) redirect('/login?callbackUrl=/account/password');
  return (
    <div className="flex min-h-screen flex-col">
      <AppHeader viewer={viewer} m={staffMessages(viewer.locale)} />
      <main id="contenido" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">
        {children}
      </main>
    </div>
  );
}
