import type { Metadata } from 'next';
import { EmptyState } from '@/components/public/empty-state';
import { HomeHero } from '@/components/public/home-hero';
import { ProgramCard } from '@/components/public/program-card';
import { ProgramFilters } from '@/components/public/program-filters';
import { container } from '@/components/ui/styles';
import {
  PROGRAM_KINDS,
  listOpenPrograms,
  listPublicDepartments,
  parseKindParam,
  parseSlugParam,
} from '@/db/queries/catalog';
import { getI18n } from '@/lib/i18n/server';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getI18n();
  return { title: { absolute: `${m.meta.siteName} · ${m.meta.homeTitle}` } };
}

/** The hero and the catalog of open programs, filterable by `?kind=` and `?department=`. */
export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const query = await searchParams;
  const [{ locale, m }, departments] = await Promise.all([getI18n(), listPublicDepartments()]);
  const kind = parseKindParam(query.kind);
  const wanted = parseSlugParam(query.department);
  // An unknown department is ignored like any other junk, so the form shows what is applied.
  const departmentSlug = departments.some((d) => d.slug === wanted) ? wanted : undefined;
  const programs = await listOpenPrograms({ kind, departmentSlug });

  return (
    <>
      <HomeHero m={m} />
      <section id="programas" aria-labelledby="catalogo-titulo" className={`${container} scroll-mt-4 py-12`}>
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="catalogo-titulo" className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
            {m.home.catalogTitle}
          </h2>
          <p className="text-slate-700">
            {m.home.resultCount(programs.length)}
          </p>
        </div>
        <div className="mt-6">
          <ProgramFilters m={m} kinds={PROGRAM_KINDS} departments={departments} kind={kind} departmentSlug={departmentSlug} />
        </div>
        <div className="mt-8">
          {programs.length === 0 ? (
            <EmptyState title={m.home.emptyTitle} body={m.home.emptyBody} actionLabel={m.home.emptyAction} actionHref="/#programas" />
          ) : (
            <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
              {programs.map((p) => (
                <li key={p.id} className="flex">
                  <ProgramCard program={p} m={m} locale={locale} />
                </li>
              ))}
            </ul>
          )}
        </div>
      </section>
    </>
  );
}
