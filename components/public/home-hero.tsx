import Link from 'next/link';
import type { Messages } from '@/lib/i18n/messages';
import { buttonPrimary, buttonSecondary, container } from '@/components/ui/styles';

/** What Puente offers: one form, many agencies, data only to the departments you choose. */
export function HomeHero({ m }: { m: Messages }) {
  return (
    <section aria-labelledby="hero-titulo" className="border-b border-brand-100 bg-brand-50">
      <div className={`${container} grid gap-10 py-12 sm:py-16 lg:grid-cols-[3fr_2fr] lg:items-center`}>
        <div>
          <p className="text-sm font-bold tracking-wider text-brand-700 uppercase">{m.home.heroEyebrow}</p>
          <h1 id="hero-titulo" className="mt-3 text-3xl leading-tight font-bold tracking-tight text-slate-900 sm:text-4xl lg:text-5xl">
            {m.home.heroTitle}
          </h1>
          <p className="mt-5 max-w-prose text-lg text-slate-800">{m.home.heroBody}</p>
          <div className="mt-8 flex flex-wrap gap-4">
            <Link href="/solicitar" className={buttonPrimary}>
              {m.home.heroCta}
            </Link>
            <Link href="#programas" className={buttonSecondary}>
              {m.home.heroSecondary}
            </Link>
          </div>
        </div>
        <ul className="space-y-4 rounded-xl border border-brand-100 bg-white p-6 shadow-sm">
          {m.home.heroPoints.map((point) => (
            <li key={point} className="flex gap-3">
              <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-1 h-5 w-5 flex-none text-brand-700" fill="currentColor">
                <path
                  fillRule="evenodd"
                  d="M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm3.86-9.86a.75.75 0 0 0-1.22-.88l-3.24 4.5-1.6-1.6a.75.75 0 1 0-1.06 1.06l2.22 2.22a.75.75 0 0 0 1.14-.09l3.76-5.21Z"
                  clipRule="evenodd"
                />
              </svg>
              <span className="font-medium text-slate-900">{point}</span>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
