import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SignOutButton } from '@/components/dashboard/sign-out-button';
import { getViewer } from '@/lib/auth/session';

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const viewer = await getViewer();
  if (!viewer) redirect('/login?callbackUrl=/dashboard');
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#contenido" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2">
        Skip to main content
      </a>
      <header className="on-dark bg-brand-900 text-white">
        <div className="mx-auto flex w-full max-w-7xl items-center justify-between gap-4 px-4 py-3">
          <Link href="/dashboard" className="text-lg font-bold text-white no-underline">
            Puente <span className="font-normal text-brand-100">dashboard</span>
          </Link>
          <div className="flex items-center gap-4 text-sm">
            {viewer.platformRole === 'admin' ? (
              <Link href="/admin" className="font-semibold text-white underline-offset-4 hover:underline">
                Admin
              </Link>
            ) : null}
            <span className="hidden text-brand-100 sm:inline" data-testid="viewer-email">
              {viewer.email}
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <div id="contenido" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">
        {children}
      </div>
    </div>
  );
}
