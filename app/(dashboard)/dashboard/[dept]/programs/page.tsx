import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { db } from '@/db/client';
import { listDepartmentPrograms } from '@/db/queries/programs';
import { ProgramsTable } from '@/components/dashboard/programs/programs-table';
import { buttonPrimary } from '@/components/ui/styles';
import { guardDepartment } from '@/lib/auth/guard';
import { getStaffI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getStaffI18n();
  return { title: m.programs.title };
}

export default async function ProgramsPage({ params }: { params: Promise<{ dept: string }> }) {
  const { dept } = await params;
  const g = await guardDepartment(dept, 'staff');
  if (!g) notFound();
  const [programs, { locale, m }] = await Promise.all([listDepartmentPrograms(db, g.department.id), getStaffI18n(g.viewer)]);
  const t = m.programs;
  const slug = g.department.slug;
  const canManage = g.role === 'admin';
  return (
    <div className="space-y-6" data-testid="programs-page">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h2 className="text-xl font-bold text-brand-900">{t.title}</h2>
          <p className="text-slate-700">{t.intro}</p>
        </div>
        {canManage ? (
          <Link href={`/dashboard/${slug}/programs/new`} className={buttonPrimary} data-testid="new-program">
            {t.newProgram}
          </Link>
        ) : null}
      </div>
      {programs.length === 0 ? (
        <p className="rounded-lg border-2 border-dashed border-slate-300 p-6 text-slate-700" data-testid="programs-empty">
          {t.empty}
          {canManage ? t.emptyCreate : ''}
        </p>
      ) : (
        <ProgramsTable dept={slug} programs={programs} canManage={canManage} locale={locale} m={m} />
      )}
    </div>
  );
}
