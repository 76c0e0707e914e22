import Link from 'next/link';
import { container, textLink } from '@/components/ui/styles';
import { SNIPPETS, SNIPPET_COMMANDS } from '@/lib/docs/webhook-guide/snippets';
import type { Block, Section, SnippetId, Subsection, WebhookGuide } from '@/lib/docs/webhook-guide/types';
import { CodeBlock } from './code-block';
import { InlineText, inlineCode } from './inline-text';

/**
 * The receiver guide (lib/docs/webhook-guide) as a page: title, a link to the other language,
 * a table of contents, then every section. `lang` is set on the guide itself, so it is right
 * whatever language the visitor's cookie gives the rest of the site.
 */
export function WebhookGuideView({ guide, snippets }: { guide: WebhookGuide; snippets: Record<SnippetId, string> }) {
  const other = guide.otherLanguage;
  return (
    <article lang={guide.locale} data-testid="webhook-guide">
      <div className="border-b border-brand-100 bg-brand-50">
        <div className={`${container} py-10`}>
          <p>
            <Link href={other.href} hrefLang={other.locale} lang={other.locale} className={`${textLink} text-sm`} data-testid="guide-other-language">
              {other.label}
            </Link>
          </p>
          <h1 className="mt-4 text-3xl leading-tight font-bold tracking-tight text-slate-900 sm:text-4xl">{guide.title}</h1>
          {guide.intro.map((text, i) => (
            <p key={i} className="mt-3 max-w-3xl text-lg text-slate-800">
              <InlineText text={text} />
            </p>
          ))}
        </div>
      </div>
      <div className={`${container} grid gap-10 py-10 lg:grid-cols-[16rem_minmax(0,1fr)]`}>
        <nav aria-labelledby="guide-toc" className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
          <h2 id="guide-toc" className="text-lg font-bold text-slate-900">
            {guide.tocLabel}
          </h2>
          <ol className="mt-3 space-y-1.5 text-sm">
            {guide.sections.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`} className={textLink}>
                  <InlineText text={s.title} />
                </a>
                {s.subsections.length > 0 ? (
                  <ol className="mt-1 ml-4 space-y-1">
                    {s.subsections.map((sub) => (
                      <li key={sub.id}>
                        <a href={`#${sub.id}`} className={textLink}>
                          <InlineText text={sub.title} />
                        </a>
                      </li>
                    ))}
                  </ol>
                ) : null}
              </li>
            ))}
          </ol>
        </nav>
        <div className="min-w-0 max-w-4xl">
          {guide.sections.map((s) => (
            <GuideSection key={s.id} section={s} guide={guide} snippets={snippets} />
          ))}
        </div>
      </div>
    </article>
  );
}

function GuideSection({ section, guide, snippets }: { section: Section; guide: WebhookGuide; snippets: Record<SnippetId, string> }) {
  return (
    <section aria-labelledby={section.id} className="mb-12">
      <h2 id={section.id} className="scroll-mt-4 border-b-2 border-brand-100 pb-1 text-2xl font-bold text-slate-900">
        <InlineText text={section.title} />
      </h2>
      <Blocks blocks={section.blocks} guide={guide} snippets={snippets} scope={section.id} />
      {section.subsections.map((sub) => (
        <GuideSubsection key={sub.id} sub={sub} guide={guide} snippets={snippets} />
      ))}
    </section>
  );
}

function GuideSubsection({ sub, guide, snippets }: { sub: Subsection; guide: WebhookGuide; snippets: Record<SnippetId, string> }) {
  return (
    <section aria-labelledby={sub.id} className="mt-8" data-subsection={sub.id}>
      <h3 id={sub.id} className="scroll-mt-4 text-xl font-bold text-slate-900">
        <InlineText text={sub.title} />
      </h3>
      <Blocks blocks={sub.blocks} guide={guide} snippets={snippets} scope={sub.id} />
    </section>
  );
}

function Blocks({ blocks, guide, snippets, scope }: { blocks: Block[]; guide: WebhookGuide; snippets: Record<SnippetId, string>; scope: string }) {
  return (
    <>
      {blocks.map((b, i) => (
        <BlockView key={i} block={b} guide={guide} snippets={snippets} id={`${scope}-${i}`} />
      ))}
    </>
  );
}

function BlockView({ block, guide, snippets, id }: { block: Block; guide: WebhookGuide; snippets: Record<SnippetId, string>; id: string }) {
  switch (block.kind) {
    case 'p':
      return (
        <p className="mt-4 text-slate-800">
          <InlineText text={block.text} />
        </p>
      );
    case 'ul':
    case 'ol': {
      const List = block.kind;
      return (
        <List className={`mt-4 space-y-2 pl-6 text-slate-800 ${block.kind === 'ol' ? 'list-decimal' : 'list-disc'}`}>
          {block.items.map((item, i) => (
            <li key={i}>
              <InlineText text={item} />
            </li>
          ))}
        </List>
      );
    }
    case 'note':
      return (
        <p className="mt-4 border-l-4 border-accent-400 bg-amber-50 px-4 py-3 text-slate-900">
          <InlineText text={block.text} />
        </p>
      );
    case 'table':
      return (
        <div className="mt-4 overflow-x-auto" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
          <table className="w-full min-w-[36rem] border-collapse text-left text-sm">
            <caption id={`${id}-caption`} className="pb-2 text-left font-semibold text-slate-900">
              {block.caption}
            </caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                {block.head.map((h, j) => (
                  <th key={j} scope="col" className="py-2 pr-4 font-semibold">
                    <InlineText text={h} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, k) => (
                <tr key={k} className="border-b border-slate-200 align-top">
                  {row.map((cell, j) =>
                    j === 0 ? (
                      <th key={j} scope="row" className="py-2 pr-4 font-normal whitespace-nowrap">
                        <InlineText text={cell} />
                      </th>
                    ) : (
                      <td key={j} className="py-2 pr-4">
                        <InlineText text={cell} />
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'code':
      return <CodeBlock id={`code-${id}`} label={block.label} code={block.code} words={guide.code} language={block.language} />;
    case 'dl':
      return (
        <dl className="mt-4 space-y-5" data-testid="troubleshooting-classes">
          {block.items.map((item) => (
            <div key={item.id} id={item.id} className="scroll-mt-4">
              <dt className="font-bold text-slate-900">
                <InlineText text={item.term} />
              </dt>
              {item.details.map((d, i) => (
                <dd key={i} className="mt-1 text-slate-800">
                  <InlineText text={d} />
                </dd>
              ))}
            </div>
          ))}
        </dl>
      );
    case 'snippet': {
      const info = SNIPPETS[block.snippet];
      return (
        <div data-snippet={info.id} data-testing={info.testing}>
          <p className="mt-4 rounded-md border border-slate-300 bg-slate-50 px-4 py-2 text-sm text-slate-800" data-testid="snippet-testing">
            <InlineText text={guide.snippetTesting(info)} />
          </p>
          <p className="mt-3 text-sm text-slate-800">
            {guide.code.run}: <code className={inlineCode}>{SNIPPET_COMMANDS[info.id]}</code>
          </p>
          <CodeBlock
            id={`snippet-${info.id}`}
            label={`${guide.code.file}: examples/verify/${info.file}`}
            code={snippets[info.id]}
            words={guide.code}
            language={info.id}
          />
        </div>
      );
    }
  }
}
