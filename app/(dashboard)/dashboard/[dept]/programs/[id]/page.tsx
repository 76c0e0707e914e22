import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { db } from '@/db/client';
import { getDepartmentProgram } from '@/db/queries/programs';
import { EditProgramForm } from '@/components/dashboard/programs/edit-program-form';
import { ProgramStatusBadge } from '@/components/dashboard/programs/program-status-badge';
import { ProgramStatusButton } from '@/components/dashboard/programs/program-status-button';
import { ProgramSummary } from '@/components/dashboard/programs/program-summary';
import { textLink } from '@/components/ui/styles';
import { guardDepartment } from '@/lib/auth/guard';
import { localized } from '@/lib/i18n/locale';
import { formatCount } from '@/lib/i18n/numbers';
import { getStaffI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getStaffI18n();
  return { title: m.programs.programTitle };
}

/** Admins edit, close and reopen; staff read. Another department's program is a 404. */
export default async function ProgramPage({
  params,
  searchParams,
}: {
  params: Promise<{ dept: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { dept, id } = await params;
  const g = await guardDepartment(dept, 'staff');
  if (!g) notFound();
  const program = await getDepartmentProgram(db, g.department.id, id);
  if (!program) notFound();
  const created = (await searchParams).created === '1';
  const slug = g.department.slug;
  const canManage = g.role === 'admin';
  const { locale, m } = await getStaffI18n(g.viewer);
  const t = m.programs;
  return (
    <div className="space-y-6" data-testid="program-page" data-program-id={program.id}>
      <Link href={`/dashboard/${slug}/programs`} className={textLink}>
        {t.back}
      </Link>
      {created ? (
        <p role="status" className="rounded-lg border-2 border-green-700 bg-green-50 p-3 font-semibold text-green-900" data-testid="program-created-notice">
          {t.page.createdNotice}
        </p>
      ) : null}
      <div className="space-y-2">
        <h2 className="text-xl font-bold text-brand-900" lang="es">
          {program.titleEs}
        </h2>
        <p className="flex flex-wrap items-center gap-x-4 gap-y-2 text-slate-700">
          <ProgramStatusBadge status={program.status} m={m} />
          <span>{t.page.leadCount(program.leadCount, formatCount(program.leadCount, locale))}</span>
          <span>
            {t.page.publicAddress}{' '}
            {program.status === 'open' ? (
              <Link href={`/programas/${program.slug}`} className={textLink} data-testid="program-public-link">
                /programas/{program.slug}
              </Link>
            ) : (
              <span>
                /programas/{program.slug} {t.page.notShownWhileClosed}
              </span>
            )}
          </span>
        </p>
        {canManage ? <ProgramStatusButton dept={slug} programId={program.id} status={program.status} title={localized(locale, program.titleEs, program.titleEn)} /> : null}
      </div>
      {canManage ? (
        <EditProgramForm
          dept={slug}
          programId={program.id}
          initial={{
            titleEs: program.titleEs,
            titleEn: program.titleEn,
            summaryEs: program.summaryEs,
            summaryEn: program.summaryEn,
            descriptionEs: program.descriptionEs,
            descriptionEn: program.descriptionEn,
            kind: program.kind,
          }}
        />
      ) : (
        <ProgramSummary program={program} locale={locale} m={m} />
      )}
    </div>
  );
}
