import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ApplicationCard } from '@/components/admin/departments/application-card';
import { DecisionNotices } from '@/components/admin/departments/decision-notice';
import { DepartmentsTable } from '@/components/admin/departments/departments-table';
import { db } from '@/db/client';
import { guardPlatformAdmin } from '@/lib/auth/guard';
import { listDepartmentsForAdmin } from '@/lib/departments/list-departments';
import { getStaffI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getStaffI18n();
  return { title: m.admin.area.pageTitle(m.admin.departments.title) };
}

/** Pending applications first (approve / reject), then every department (suspend / reinstate). Platform admins only. */
export default async function AdminDepartmentsPage() {
  const viewer = await guardPlatformAdmin();
  if (!viewer) notFound();
  const { m } = await getStaffI18n(viewer);
  const t = m.admin.departments;
  const departments = await listDepartmentsForAdmin(db);
  const pending = departments.filter((d) => d.status === 'pending');
  return (
    <div className="space-y-8" data-testid="admin-departments-page">
      <DecisionNotices>
        <section aria-labelledby="pending-title" className="space-y-4">
          <h2 id="pending-title" className="text-xl font-bold text-brand-900">
            {t.pending} <span className="font-normal text-slate-700">({pending.length})</span>
          </h2>
          {pending.length === 0 ? (
            <p className="rounded-lg border-2 border-dashed border-slate-300 p-5 text-slate-800" data-testid="no-pending">
              {t.noPending}
            </p>
          ) : (
            <>
              <p className="max-w-3xl text-slate-700">{t.pendingIntro}</p>
              <div className="grid gap-4">
                {pending.map((d) => (
                  <ApplicationCard key={d.id} d={d} m={m} />
                ))}
              </div>
            </>
          )}
        </section>
        <section aria-labelledby="all-title" className="space-y-4">
          <h2 id="all-title" className="text-xl font-bold text-brand-900">
            {t.all} <span className="font-normal text-slate-700">({departments.length})</span>
          </h2>
          <p className="max-w-3xl text-slate-700">{t.allIntro}</p>
          <DepartmentsTable departments={departments} m={m} />
        </section>
      </DecisionNotices>
    </div>
  );
}
