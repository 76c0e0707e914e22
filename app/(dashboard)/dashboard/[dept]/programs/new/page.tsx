import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CreateProgramForm } from '@/components/dashboard/programs/create-program-form';
import { textLink } from '@/components/ui/styles';
import { guardDepartment } from '@/lib/auth/guard';

export const metadata: Metadata = { title: 'New program' };

/** Department admins only; staff get the same 404 as a stranger. */
export default async function NewProgramPage({ params }: { params: Promise<{ dept: string }> }) {
  const { dept } = await params;
  const g = await guardDepartment(dept, 'admin');
  if (!g) notFound();
  return (
    <div className="space-y-4" data-testid="new-program-page">
      <Link href={`/dashboard/${g.department.slug}/programs`} className={textLink}>
        ← Programs
      </Link>
      <CreateProgramForm dept={g.department.slug} />
    </div>
  );
}
