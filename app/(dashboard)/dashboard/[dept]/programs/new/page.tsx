import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CreateProgramForm } from '@/components/dashboard/programs/create-program-form';
import { textLink } from '@/components/ui/styles';
import { guardDepartment } from '@/lib/auth/guard';
import { getStaffI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getStaffI18n();
  return { title: m.programs.newProgram };
}

/** Department admins only; staff get the same 404 as a stranger. */
export default async function NewProgramPage({ params }: { params: Promise<{ dept: string }> }) {
  const { dept } = await params;
  const g = await guardDepartment(dept, 'admin');
  if (!g) notFound();
  const { m } = await getStaffI18n(g.viewer);
  return (
    <div className="space-y-4" data-testid="new-program-page">
      <Link href={`/dashboard/${g.department.slug}/programs`} className={textLink}>
        {m.programs.back}
      </Link>
      <CreateProgramForm dept={g.department.slug} />
    </div>
  );
}
