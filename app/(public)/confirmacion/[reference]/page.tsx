import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { KindBadge } from '@/components/public/kind-badge';
import { container, textLink } from '@/components/ui/styles';
import { getConfirmation } from '@/db/queries/catalog';
import { localized } from '@/lib/i18n/locale';
import { getI18n } from '@/lib/i18n/server';

type Params = Promise<{ reference: string }>;

/** One query per request, shared by the metadata and the page. */
const findConfirmation = cache(getConfirmation);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [{ reference }, { m }] = await Promise.all([params, getI18n()]);
  const found = await findConfirmation(reference);
  // The reference is a lookup key: keep these pages out of search engines.
  return { title: found ? m.meta.confirmationTitle : m.meta.notFoundTitle, robots: { index: false, follow: false } };
}

/** Thank-you page: the reference, the programs asked about, what happens next. No personal data. */
export default async function ConfirmationPage({ params }: { params: Params }) {
  const [{ reference }, { locale, m }] = await Promise.all([params, getI18n()]);
  const confirmation = await findConfirmation(reference);
  if (!confirmation) notFound();

  return (
    <div className={`${container} py-10 sm:py-12`}>
      <div className="mx-auto max-w-3xl">
        <div className="rounded-lg border-4 border-emerald-700 bg-emerald-50 p-6 sm:p-8">
          <h1 className="flex items-center gap-3 text-3xl font-bold tracking-tight text-emerald-900 sm:text-4xl">
            <svg aria-hidden="true" viewBox="0 0 24 24" className="h-9 w-9 flex-none" fill="currentColor">
              <path
                fillRule="evenodd"
                d="M12 22C6.48 22 2 17.52 2 12S6.48 2 12 2s10 4.48 10 10-4.48 10-10 10Zm4.7-12.8a1 1 0 0 0-1.4-1.4L10.5 12.6l-1.8-1.8a1 1 0 1 0-1.4 1.4l2.5 2.5a1 1 0 0 0 1.4 0l5.5-5.5Z"
                clipRule="evenodd"
              />
            </svg>
            {m.confirmation.title}
          </h1>
          <p className="mt-6 text-lg text-slate-900">{m.confirmation.referenceLabel}</p>
          <p className="mt-1 font-mono text-3xl font-bold tracking-wider break-all text-slate-900 sm:text-4xl" data-testid="lead-reference">
            {confirmation.reference}
          </p>
          <p className="mt-4 text-slate-800">{m.confirmation.referenceHint}</p>
        </div>

        <section aria-labelledby="confirmacion-programas" className="mt-10">
          <h2 id="confirmacion-programas" className="text-2xl font-bold text-slate-900">
            {m.confirmation.programsTitle}
          </h2>
          <ul className="mt-4 divide-y divide-slate-200 rounded-lg border border-slate-300">
            {confirmation.programs.map((p) => (
              <li key={p.slug} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-center sm:justify-between sm:gap-4">
                <div>
                  <p className="font-semibold text-slate-900">{localized(locale, p.titleEs, p.titleEn)}</p>
                  <p className="text-sm text-slate-700">
                    {m.confirmation.sentTo}: {p.department.name}
                  </p>
                </div>
                <div className="flex-none">
                  <KindBadge kind={p.kind} label={m.kinds[p.kind]} />
                </div>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="confirmacion-siguiente" className="mt-10">
          <h2 id="confirmacion-siguiente" className="text-2xl font-bold text-slate-900">
            {m.confirmation.nextTitle}
          </h2>
          <ol className="mt-4 grid gap-4">
            {m.confirmation.nextSteps.map((step, i) => (
              <li key={step} className="flex gap-4">
                <span aria-hidden="true" className="flex h-8 w-8 flex-none items-center justify-center rounded-full bg-brand-700 font-bold text-white">
                  {i + 1}
                </span>
                <span className="pt-1 text-slate-800">{step}</span>
              </li>
            ))}
          </ol>
        </section>

        <p className="mt-10">
          <Link href="/" className={textLink}>
            {m.confirmation.backHome}
          </Link>
        </p>
      </div>
    </div>
  );
}
