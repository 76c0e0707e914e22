import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DepartmentAlerts } from '@/components/dashboard/alerts/department-alerts';
import { guardDepartment } from '@/lib/auth/guard';
import { getStaffI18n } from '@/lib/i18n/server';

const TABS = ['webhooks', 'deliveries', 'programs', 'leads'] as const;

/** Tabs only department admins (and platform admins) see. */
const ADMIN_TABS = ['members', 'audit', 'api-tokens'] as const;

export default async function DepartmentLayout({ children, params }: { children: React.ReactNode; params: Promise<{ dept: string }> }) {
  const { dept } = await params;
  const g = await guardDepartment(dept);
  if (!g) notFound();
  const { locale, m } = await getStaffI18n(g.viewer);
  const t = m.department;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4 border-b-2 border-slate-200 pb-3">
        <div>
          <p className="text-sm font-semibold uppercase tracking-wide text-slate-600">{t.roles[g.role]}</p>
          <h1 className="text-2xl font-bold text-brand-900">{g.department.name}</h1>
        </div>
        <nav aria-label={t.tabs.nav}>
          <ul className="flex flex-wrap gap-1">
            {[...TABS, ...(g.role === 'admin' ? ADMIN_TABS : [])].map((path) => (
              <li key={path}>
                <Link href={`/dashboard/${g.department.slug}/${path}`} className="rounded-md px-3 py-2 font-semibold text-brand-800 hover:bg-brand-50">
                  {t.tabs[path]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <DepartmentAlerts departmentId={g.department.id} slug={g.department.slug} locale={locale} m={m} />
      {children}
    </div>
  );
}
