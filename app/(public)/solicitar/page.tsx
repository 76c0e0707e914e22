import type { Metadata } from 'next';
import { LeadForm } from '@/components/public/lead-form/lead-form';
import type { DepartmentGroup } from '@/components/public/lead-form/types';
import { container } from '@/components/ui/styles';
import { listOpenPrograms, parseSlugListParam, type PublicProgram } from '@/db/queries/catalog';
import { localized, type Locale } from '@/lib/i18n/locale';
import type { Messages } from '@/lib/i18n/messages';
import { getI18n } from '@/lib/i18n/server';
import { LEAD_LIMITS } from '@/lib/leads/lead-schema';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getI18n();
  return { title: m.meta.formTitle };
}

function groupByDepartment(programs: PublicProgram[], locale: Locale, m: Messages): DepartmentGroup[] {
  const groups = new Map<string, DepartmentGroup>();
  for (const p of programs) {
    let group = groups.get(p.department.slug);
    if (!group) {
      group = {
        slug: p.department.slug,
        name: p.department.name,
        consentName: p.department.acronym ?? p.department.name,
        programs: [],
      };
      groups.set(p.department.slug, group);
    }
    group.programs.push({ id: p.id, slug: p.slug, title: localized(locale, p.titleEs, p.titleEn), kindLabel: m.kinds[p.kind] });
  }
  return [...groups.values()];
}

/** The lead form; `?program=slug` (repeatable) pre-checks programs. */
export default async function RequestPage({ searchParams }: { searchParams: SearchParams }) {
  const query = await searchParams;
  const [{ locale, m }, programs] = await Promise.all([getI18n(), listOpenPrograms()]);
  const wanted = new Set(parseSlugListParam(query.program, LEAD_LIMITS.programs));
  const preselected = programs.filter((p) => wanted.has(p.slug)).map((p) => p.id);
  const groups = groupByDepartment(programs, locale, m);

  return (
    <div className={`${container} py-10 sm:py-12`}>
      <div className="mx-auto max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">{m.form.title}</h1>
        <p className="mt-4 text-lg text-slate-800">{m.form.intro}</p>
        <p className="mt-2 text-slate-700">{m.form.requiredNote}</p>
        <div className="mt-10">
          {groups.length === 0 ? (
            <p className="rounded-md border-l-8 border-brand-700 bg-brand-50 p-5 text-lg">{m.form.noPrograms}</p>
          ) : (
            <LeadForm locale={locale} groups={groups} preselected={preselected} />
          )}
        </div>
      </div>
    </div>
  );
}
