import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { KindBadge } from '@/components/public/kind-badge';
import { buttonPrimary, container, textLink } from '@/components/ui/styles';
import { getPublicProgramBySlug } from '@/db/queries/catalog';
import { localized } from '@/lib/i18n/locale';
import { getI18n } from '@/lib/i18n/server';

type Params = Promise<{ slug: string }>;

/** One query per request, shared by the metadata and the page. */
const getProgram = cache(getPublicProgramBySlug);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [{ slug }, { locale, m }] = await Promise.all([params, getI18n()]);
  const program = await getProgram(slug);
  // The page answers 404: its tab should say so, not the site's default title.
  if (!program) return { title: m.meta.notFoundTitle };
  return {
    title: localized(locale, program.titleEs, program.titleEn),
    description: localized(locale, program.summaryEs, program.summaryEn),
  };
}

/** A program's page; 404 unless it is open and its department approved. */
export default async function ProgramPage({ params }: { params: Params }) {
  const [{ slug }, { locale, m }] = await Promise.all([params, getI18n()]);
  const program = await getProgram(slug);
  if (!program) notFound();

  const title = localized(locale, program.titleEs, program.titleEn);
  const requestHref = `/solicitar?program=${encodeURIComponent(program.slug)}`;
  return (
    <>
      <div className="border-b border-brand-100 bg-brand-50">
        <div className={`${container} py-10`}>
          <p>
            <Link href="/#programas" className={`${textLink} text-sm`}>
              <span aria-hidden="true">← </span>
              {m.common.backToCatalog}
            </Link>
          </p>
          <div className="mt-6">
            <span className="sr-only">{m.program.kindLabel}: </span>
            <KindBadge kind={program.kind} label={m.kinds[program.kind]} />
          </div>
          <h1 className="mt-3 text-3xl leading-tight font-bold tracking-tight text-slate-900 sm:text-4xl">{title}</h1>
          <p className="mt-3 text-lg text-slate-800">
            <span className="font-semibold">{m.program.departmentLabel}:</span> {program.department.name}
          </p>
        </div>
      </div>
      <div className={`${container} grid gap-10 py-10 lg:grid-cols-[2fr_1fr]`}>
        <section aria-labelledby="programa-descripcion">
          <h2 id="programa-descripcion" className="text-2xl font-bold text-slate-900">
            {m.program.aboutTitle}
          </h2>
          <p className="mt-4 max-w-prose text-lg whitespace-pre-line text-slate-800">
            {localized(locale, program.descriptionEs, program.descriptionEn)}
          </p>
        </section>
        <aside aria-labelledby="programa-cta" className="h-fit rounded-lg border-t-4 border-brand-700 bg-slate-50 p-6 shadow-sm">
          <h2 id="programa-cta" className="text-xl font-bold text-slate-900">
            {m.program.ctaTitle}
          </h2>
          <p className="mt-2 text-slate-800">{m.program.ctaBody}</p>
          <p className="mt-5">
            <Link href={requestHref} className={`${buttonPrimary} w-full`}>
              {m.program.cta}
            </Link>
          </p>
        </aside>
      </div>
    </>
  );
}
