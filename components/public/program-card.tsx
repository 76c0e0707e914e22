import Link from 'next/link';
import type { PublicProgram } from '@/db/queries/catalog';
import { localized, type Locale } from '@/lib/i18n/locale';
import type { Messages } from '@/lib/i18n/messages';
import { buttonPrimary, textLink } from '@/components/ui/styles';
import { KindBadge } from './kind-badge';

/** One program in the catalog: kind, title, department, summary and the two actions. */
export function ProgramCard({ program, m, locale }: { program: PublicProgram; m: Messages; locale: Locale }) {
  const title = localized(locale, program.titleEs, program.titleEn);
  const headingId = `programa-${program.slug}`;
  return (
    <article
      aria-labelledby={headingId}
      className="flex flex-col rounded-lg border border-slate-300 bg-white p-5 shadow-sm transition-shadow hover:shadow-md"
    >
      <div>
        <span className="sr-only">{m.home.kindLabel}: </span>
        <KindBadge kind={program.kind} label={m.kinds[program.kind]} />
      </div>
      <h3 id={headingId} className="mt-3 text-xl leading-snug font-bold text-slate-900">
        {title}
      </h3>
      <p className="mt-1 text-sm font-medium text-slate-700">
        <span className="sr-only">{m.home.departmentLabel}: </span>
        {program.department.name}
      </p>
      <p className="mt-3 flex-1 text-slate-800">{localized(locale, program.summaryEs, program.summaryEn)}</p>
      <div className="mt-5 flex flex-wrap items-center gap-x-5 gap-y-3">
        <Link href={`/solicitar?program=${encodeURIComponent(program.slug)}`} className={`${buttonPrimary} px-4 py-2 text-sm`}>
          {m.home.requestInfo}
          <span className="sr-only">: {title}</span>
        </Link>
        <Link href={`/programas/${encodeURIComponent(program.slug)}`} className={`${textLink} text-sm`}>
          {m.home.viewProgram}
          <span className="sr-only">: {title}</span>
        </Link>
      </div>
    </article>
  );
}
