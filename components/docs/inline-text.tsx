import Link from 'next/link';
import { Fragment } from 'react';
import { textLink } from '@/components/ui/styles';

/**
 * The guide's inline markup (lib/docs/webhook-guide/types.ts `Inline`): `code`, **bold**,
 * *emphasis*, [text](href) and {en|words in another language} (a product's own English labels
 * in the Spanish guide, marked with their `lang`), rendered as React elements, never as HTML.
 */
const INLINE = /(`[^`]+`|\{(?:es|en)\|[^}]+\}|\*\*[^*]+\*\*|\*[^*\s][^*]*\*|\[[^\]]+\]\([^)\s]+\))/g;

export const inlineCode = 'rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.9em] text-slate-900 [overflow-wrap:anywhere]';

export function InlineText({ text }: { text: string }) {
  return <>{render(text)}</>;
}

function render(text: string): React.ReactNode[] {
  return text.split(INLINE).map((part, i) => {
    if (part.length > 1 && part.startsWith('`') && part.endsWith('`')) {
      return (
        <code key={i} className={inlineCode}>
          {part.slice(1, -1)}
        </code>
      );
    }
    if (part.length > 4 && part.startsWith('**') && part.endsWith('**')) return <strong key={i}>{render(part.slice(2, -2))}</strong>;
    const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(part);
    if (link) {
      const [, label = '', href = ''] = link;
      if (/^https:\/\//.test(href)) {
        return (
          <a key={i} href={href} className={textLink} rel="noopener noreferrer">
            {render(label)}
          </a>
        );
      }
      if (href.startsWith('#')) {
        return (
          <a key={i} href={href} className={textLink}>
            {render(label)}
          </a>
        );
      }
      return (
        <Link key={i} href={href} className={textLink}>
          {render(label)}
        </Link>
      );
    }
    const foreign = /^\{(es|en)\|([^}]+)\}$/.exec(part);
    if (foreign) {
      return (
        <i key={i} lang={foreign[1]}>
          {foreign[2]}
        </i>
      );
    }
    if (part.length > 2 && part.startsWith('*') && part.endsWith('*')) return <em key={i}>{part.slice(1, -1)}</em>;
    return <Fragment key={i}>{part}</Fragment>;
  });
}
