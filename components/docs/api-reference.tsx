import type { Metadata } from 'next';
import Link from 'next/link';
import { container, textLink } from '@/components/ui/styles';
import { API_VERSION } from '@/lib/api/v1/openapi';
import { ENVELOPE_VERSION, ENVELOPE_VERSIONS } from '@/lib/delivery/envelope';
import { API_DOC_PATHS, apiDocWords, operations, webhooks, type FieldRow } from '@/lib/docs/api-reference';
import type { Locale } from '@/lib/i18n/locale';
import { InlineText } from './inline-text';

/**
 * /docs/api and /en/docs/api: the API reference, read from the published OpenAPI document.
 * The page's own words are in the address's language; what comes from the document (summaries,
 * field descriptions) is English and marked `lang="en"`.
 */
export function ApiReferencePage({ locale }: { locale: Locale }) {
  const w = apiDocWords(locale);
  const ops = operations();
  const hooks = webhooks();
  const other = w.otherLanguage;
  const doc = locale === 'en' ? undefined : 'en';
  return (
    <article lang={locale} data-testid="api-reference">
      <div className="border-b border-brand-100 bg-brand-50">
        <div className={`${container} py-10`}>
          <p>
            <Link href={API_DOC_PATHS[other.locale].reference} hrefLang={other.locale} lang={other.locale} className={`${textLink} text-sm`}>
              {other.label}
            </Link>
          </p>
          <h1 className="mt-4 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">{w.title}</h1>
          {w.intro.map((t, i) => (
            <p key={i} className="mt-3 max-w-3xl text-lg text-slate-800">
              {t}
            </p>
          ))}
          <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <a href="/api/v1/openapi.json" className={textLink} data-testid="openapi-link">
                {w.documentLink}
              </a>
            </li>
            <li>
              <Link href={API_DOC_PATHS[locale].guide} className={textLink}>
                {w.guideLink}
              </Link>
            </li>
            <li>
              <Link href={API_DOC_PATHS[locale].changelog} className={textLink}>
                {w.changelogLink}
              </Link>
            </li>
          </ul>
        </div>
      </div>
      <div className={`${container} grid gap-10 py-10 lg:grid-cols-[16rem_minmax(0,1fr)]`}>
        <nav aria-labelledby="api-toc" className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
          <h2 id="api-toc" className="text-lg font-bold text-slate-900">
            {w.tocLabel}
          </h2>
          <ol className="mt-3 space-y-1.5 text-sm">
            <li>
              <a href="#basics" className={textLink}>
                {w.basics.title}
              </a>
            </li>
            <li>
              <a href="#operations" className={textLink}>
                {w.operationsTitle}
              </a>
              <ol className="mt-1 ml-4 space-y-1">
                {ops.map((op) => (
                  <li key={op.id}>
                    <a href={`#${op.id}`} className={textLink}>
                      <span className="font-mono text-xs">{op.method}</span> <span lang={doc}>{op.summary}</span>
                    </a>
                  </li>
                ))}
              </ol>
            </li>
            <li>
              <a href="#webhooks" className={textLink}>
                {w.webhooksTitle}
              </a>
            </li>
          </ol>
        </nav>
        <div className="min-w-0 max-w-4xl space-y-12">
          <section aria-labelledby="basics">
            <h2 id="basics" className="scroll-mt-4 border-b-2 border-brand-100 pb-1 text-2xl font-bold text-slate-900">
              {w.basics.title}
            </h2>
            <dl className="mt-4 space-y-3">
              {w.basics.items.map(([term, text]) => (
                <div key={term}>
                  <dt className="font-semibold text-slate-900">{term}</dt>
                  <dd className="text-slate-800">
                    <InlineText text={text} />
                  </dd>
                </div>
              ))}
            </dl>
          </section>
          <section aria-labelledby="operations">
            <h2 id="operations" className="scroll-mt-4 border-b-2 border-brand-100 pb-1 text-2xl font-bold text-slate-900">
              {w.operationsTitle}
            </h2>
            {w.englishNote ? <p className="mt-2 text-sm text-slate-700">{w.englishNote}</p> : null}
            {ops.map((op) => (
              <section key={op.id} aria-labelledby={op.id} className="mt-8 rounded-lg border-2 border-slate-200 p-4" data-testid="api-operation">
                <h3 id={op.id} className="scroll-mt-4 text-lg font-bold text-slate-900">
                  <span className="mr-2 rounded bg-brand-900 px-2 py-0.5 font-mono text-sm text-white">{op.method}</span>{' '}
                  <code className="font-mono text-base [overflow-wrap:anywhere]" translate="no">
                    {op.path}
                  </code>
                </h3>
                <p className="mt-2 text-slate-800" lang={doc}>
                  {op.summary}
                </p>
                {op.description ? (
                  <p className="mt-1 text-sm text-slate-700" lang={doc}>
                    {op.description}
                  </p>
                ) : null}
                <p className="mt-1 text-sm font-semibold text-slate-700">{w.scope[op.scope]}</p>
                {op.params.length > 0 ? <Fields caption={w.headings.parameters} rows={op.params} w={w} doc={doc} withIn /> : null}
                {op.body.length > 0 ? <Fields caption={w.headings.body} rows={op.body} w={w} doc={doc} /> : null}
                <table className="mt-4 w-full text-left text-sm">
                  <caption className="text-left font-semibold text-slate-900">{w.headings.responses}</caption>
                  <thead>
                    <tr className="border-b border-slate-300">
                      <th scope="col" className="py-1 pr-3">
                        {w.headings.status}
                      </th>
                      <th scope="col" className="py-1">
                        {w.headings.description}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {op.responses.map((r) => (
                      <tr key={r.status} className="border-b border-slate-100 align-top">
                        <td className="py-1 pr-3 font-mono">{r.status}</td>
                        <td className="py-1" lang={doc}>
                          {r.description}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            ))}
          </section>
          <section aria-labelledby="webhooks">
            <h2 id="webhooks" className="scroll-mt-4 border-b-2 border-brand-100 pb-1 text-2xl font-bold text-slate-900">
              {w.webhooksTitle}
            </h2>
            <p className="mt-2 text-slate-800">
              {w.webhooksIntro}{' '}
              <Link href={API_DOC_PATHS[locale].guide} className={textLink}>
                {w.guideLink}
              </Link>
              . {w.envelopeVersion(ENVELOPE_VERSION)}
            </p>
            {hooks.map((h) => (
              <section key={h.event} aria-labelledby={`webhook-${h.event}`} className="mt-8 rounded-lg border-2 border-slate-200 p-4">
                <h3 id={`webhook-${h.event}`} className="text-lg font-bold text-slate-900">
                  <code className="font-mono">{h.event}</code>
                </h3>
                <p className="mt-1 text-slate-800" lang={doc}>
                  {h.summary}
                </p>
                <Fields caption={w.headings.headers} rows={h.headers} w={w} doc={doc} />
                <Fields caption={w.headings.body} rows={h.body} w={w} doc={doc} />
              </section>
            ))}
          </section>
        </div>
      </div>
    </article>
  );
}

function Fields({ caption, rows, w, doc, withIn }: { caption: string; rows: (FieldRow & { in?: string })[]; w: ReturnType<typeof apiDocWords>; doc: string | undefined; withIn?: boolean }) {
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="text-left font-semibold text-slate-900">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-1 pr-3">
              {w.headings.field}
            </th>
            {withIn ? (
              <th scope="col" className="py-1 pr-3">
                {w.headings.in}
              </th>
            ) : null}
            <th scope="col" className="py-1 pr-3">
              {w.headings.type}
            </th>
            <th scope="col" className="py-1 pr-3">
              {w.headings.required}
            </th>
            <th scope="col" className="py-1">
              {w.headings.description}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.in ?? ''}${r.name}`} className="border-b border-slate-100 align-top">
              <td className="py-1 pr-3 font-mono [overflow-wrap:anywhere]" translate="no">
                {r.name}
              </td>
              {withIn ? <td className="py-1 pr-3 font-mono">{r.in}</td> : null}
              <td className="py-1 pr-3 font-mono text-xs [overflow-wrap:anywhere]" translate="no">
                {r.type}
              </td>
              <td className="py-1 pr-3">{r.required ? w.yes : w.no}</td>
              <td className="py-1" lang={doc}>
                {r.description}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** /docs/changelog and /en/docs/changelog: what each envelope version changed. */
export function ChangelogPage({ locale }: { locale: Locale }) {
  const w = apiDocWords(locale);
  return (
    <article lang={locale} className={`${container} max-w-4xl py-10`} data-testid="changelog">
      <p>
        <Link href={API_DOC_PATHS[w.otherLanguage.locale].changelog} hrefLang={w.otherLanguage.locale} lang={w.otherLanguage.locale} className={`${textLink} text-sm`}>
          {w.otherLanguage.label}
        </Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold tracking-tight text-slate-900">{w.changelog.title}</h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-800">
        <InlineText text={w.changelog.intro} />
      </p>
      <ol className="mt-8 space-y-6">
        {ENVELOPE_VERSIONS.map((v, i) => (
          <li key={v.version} className="rounded-lg border-2 border-slate-200 p-4" data-testid="changelog-version">
            <h2 className="text-xl font-bold text-slate-900">
              <code className="font-mono">{v.version}</code>
              {i === 0 ? <span className="ml-2 text-base font-semibold text-green-900">({w.changelog.latest})</span> : null}
            </h2>
            <ul className="mt-2 list-disc space-y-1 pl-6 text-slate-800">
              {v.changes[locale].map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <p className="mt-8 text-slate-800">
        {w.changelog.api(API_VERSION)}{' '}
        <Link href={API_DOC_PATHS[locale].reference} className={textLink}>
          {w.title}
        </Link>
      </p>
    </article>
  );
}

export function apiReferenceMetadata(locale: Locale): Metadata {
  const w = apiDocWords(locale);
  return { title: w.metaTitle, description: w.metaDescription, alternates: { canonical: API_DOC_PATHS[locale].reference, languages: { es: API_DOC_PATHS.es.reference, en: API_DOC_PATHS.en.reference } } };
}

export function changelogMetadata(locale: Locale): Metadata {
  const w = apiDocWords(locale);
  return { title: w.changelog.metaTitle, alternates: { canonical: API_DOC_PATHS[locale].changelog, languages: { es: API_DOC_PATHS.es.changelog, en: API_DOC_PATHS.en.changelog } } };
}
