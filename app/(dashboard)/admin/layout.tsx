import Link from 'next/link';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { staffMessages } from '@/lib/i18n/staff';
import { SignedInFrame } from '@/components/dashboard/signed-in-frame';
import { loginUrl, REQUESTED_PATH_HEADER } from '@/lib/auth/callback-url';
import { getViewer } from '@/lib/auth/session';

const TABS = [
  ['/admin', 'overview'],
  ['/admin/departments', 'departments'],
  ['/admin/users', 'users'],
  ['/admin/allowlist', 'allowlist'],
  ['/admin/audit', 'audit'],
] as const;

/** The platform admin area. Every page and action below checks the role again itself. */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const viewer = await getViewer();
  if (!viewer) redirect(loginUrl((await headers()).get(REQUESTED_PATH_HEADER), '/admin'));
  if (viewer.mustChangePassword) redirect('/account/password');
  if (viewer.platformRole !== 'admin') notFound();
  const m = staffMessages(viewer.locale);
  return (
    <SignedInFrame viewer={viewer} mainClassName="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4 border-b-2 border-slate-200 pb-3">
        <div>
          <p className="text-sm font-semibold uppercase tracking-wide text-slate-600">{m.admin.area.eyebrow}</p>
          <h1 className="text-2xl font-bold text-brand-900">{m.admin.area.heading}</h1>
        </div>
        <nav aria-label={m.admin.area.nav}>
          <ul className="flex flex-wrap gap-1">
            {TABS.map(([href, tab]) => (
              <li key={href}>
                <Link href={href} className="rounded-md px-3 py-2 font-semibold text-brand-800 hover:bg-brand-50">
                  {m.admin.area.tabs[tab]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      {children}
    </SignedInFrame>
  );
}
