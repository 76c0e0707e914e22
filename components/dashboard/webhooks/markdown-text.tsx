import { Fragment } from 'react';
import { textLink } from '@/components/ui/styles';

/**
 * Renders the small Markdown subset Puente's own docs use (headings, paragraphs, lists, tables,
 * fenced code, `code`, **bold**, *emphasis*, [links](…)) as React elements, never as HTML, so
 * a doc page needs no Markdown package and no dangerouslySetInnerHTML.
 */

const INLINE = /(`[^`]+`|\*\*[^*]+\*\*|\*[^*\s][^*]*\*|\[[^\]]+\]\([^)\s]+\))/g;

function inline(text: string): React.ReactNode[] {
  return text.split(INLINE).map((part, i) => {
    if (part.startsWith('`') && part.endsWith('`') && part.length > 1) return <code key={i}>{part.slice(1, -1)}</code>;
    if (part.startsWith('**') && part.endsWith('**') && part.length > 4) return <strong key={i}>{inline(part.slice(2, -2))}</strong>;
    const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(part);
    if (link) {
      const href = link[2] ?? '';
      // Only web links: a relative path to another repository file has no page in the app.
      return /^https?:\/\//.test(href) ? (
        <a key={i} href={href} className={textLink} rel="noopener noreferrer">
          {inline(link[1] ?? '')}
        </a>
      ) : (
        <Fragment key={i}>{inline(link[1] ?? '')}</Fragment>
      );
    }
    if (part.startsWith('*') && part.endsWith('*') && part.length > 2) return <em key={i}>{part.slice(1, -1)}</em>;
    return <Fragment key={i}>{part}</Fragment>;
  });
}

const cells = (row: string) =>
  row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());

export function MarkdownText({ source, headingOffset = 1 }: { source: string; /** `#` becomes h(1 + offset). */ headingOffset?: number }) {
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  const blocks: React.ReactNode[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (line.trim() === '') {
      i++;
      continue;
    }
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    if (heading) {
      const level = Math.min(6, (heading[1]?.length ?? 1) + headingOffset);
      const H = `h${level}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
      blocks.push(
        <H key={i} className={level <= 2 ? 'text-xl font-bold text-brand-900' : 'text-lg font-bold text-brand-900'}>
          {inline(heading[2] ?? '')}
        </H>,
      );
      i++;
      continue;
    }
    if (line.startsWith('```')) {
      const code: string[] = [];
      i++;
      while (i < lines.length && !(lines[i] ?? '').startsWith('```')) code.push(lines[i++] ?? '');
      i++;
      blocks.push(
        <pre key={i} className="overflow-x-auto rounded-md bg-slate-900 p-3 text-sm text-slate-50" tabIndex={0}>
          <code>{code.join('\n')}</code>
        </pre>,
      );
      continue;
    }
    if (line.startsWith('|')) {
      const rows: string[][] = [];
      while (i < lines.length && (lines[i] ?? '').startsWith('|')) rows.push(cells(lines[i++] ?? ''));
      const [head = [], , ...body] = rows;
      blocks.push(
        <div key={i} className="overflow-x-auto" role="region" aria-label={head.join(', ')} tabIndex={0}>
          <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
            <thead>
              <tr className="border-b-2 border-slate-300">
                {head.map((h, j) => (
                  <th key={j} scope="col" className="py-2 pr-4 font-semibold">
                    {inline(h)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {body.map((r, k) => (
                <tr key={k} className="border-b border-slate-200 align-top">
                  {r.map((c, j) => (
                    <td key={j} className="py-2 pr-4">
                      {inline(c)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>,
      );
      continue;
    }
    if (/^[-*]\s/.test(line)) {
      const items: string[] = [];
      while (i < lines.length && /^[-*]\s/.test(lines[i] ?? '')) {
        let item = (lines[i++] ?? '').replace(/^[-*]\s+/, '');
        while (i < lines.length && /^\s{2,}\S/.test(lines[i] ?? '')) item += ` ${(lines[i++] ?? '').trim()}`;
        items.push(item);
      }
      blocks.push(
        <ul key={i} className="list-disc space-y-1 pl-6">
          {items.map((t, k) => (
            <li key={k}>{inline(t)}</li>
          ))}
        </ul>,
      );
      continue;
    }
    const para: string[] = [];
    while (i < lines.length && (lines[i] ?? '').trim() !== '' && !/^(#{1,4}\s|```|\||[-*]\s)/.test(lines[i] ?? '')) para.push((lines[i++] ?? '').trim());
    blocks.push(<p key={i}>{inline(para.join(' '))}</p>);
  }
  return <div className="max-w-3xl space-y-4 text-slate-900">{blocks}</div>;
}
