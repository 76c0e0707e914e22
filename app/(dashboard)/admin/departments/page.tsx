import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ApplicationCard } from '@/components/admin/departments/application-card';
import { DecisionNotices } from '@/components/admin/departments/decision-notice';
import { DepartmentsTable } from '@/components/admin/departments/departments-table';
import { db } from '@/db/client';
import { guardPlatformAdmin } from '@/lib/auth/guard';
import { listDepartmentsForAdmin } from '@/lib/departments/list-departments';

export const metadata: Metadata = { title: 'Departments · Administration' };

/** Pending applications first (approve / reject), then every department (suspend / reinstate). Platform admins only. */
export default async function AdminDepartmentsPage() {
  if (!(await guardPlatformAdmin())) notFound();
  const departments = await listDepartmentsForAdmin(db);
  const pending = departments.filter((d) => d.status === 'pending');
  return (
    <div className="space-y-8" data-testid="admin-departments-page">
      <DecisionNotices>
        <section aria-labelledby="pending-title" className="space-y-4">
          <h2 id="pending-title" className="text-xl font-bold text-brand-900">
            Pending applications <span className="font-normal text-slate-700">({pending.length})</span>
          </h2>
          {pending.length === 0 ? (
            <p className="rounded-lg border-2 border-dashed border-slate-300 p-5 text-slate-800" data-testid="no-pending">
              No application is waiting for a decision.
            </p>
          ) : (
            <>
              <p className="max-w-3xl text-slate-700">
                Approving a department lets its requester sign in as its department admin and puts its open programs on the public site. Rejecting needs a reason;
                the applicant sees it.
              </p>
              <div className="grid gap-4">
                {pending.map((d) => (
                  <ApplicationCard key={d.id} d={d} />
                ))}
              </div>
            </>
          )}
        </section>
        <section aria-labelledby="all-title" className="space-y-4">
          <h2 id="all-title" className="text-xl font-bold text-brand-900">
            All departments <span className="font-normal text-slate-700">({departments.length})</span>
          </h2>
          <p className="max-w-3xl text-slate-700">
            Only approved departments receive leads and show their programs on the public site. Suspending one holds its due deliveries at once; reinstating it
            sends them, in order.
          </p>
          <DepartmentsTable departments={departments} />
        </section>
      </DecisionNotices>
    </div>
  );
}
