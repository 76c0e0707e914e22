import { formatAbsolute, formatRelative } from './format';

/** Relative and absolute time; the <time> element carries the machine-readable instant. `past`: an event that happened. */
export function TimeAgo({ iso, now, stacked = true, past = false }: { iso: string; now: number; stacked?: boolean; past?: boolean }) {
  const abs = formatAbsolute(iso);
  // Something that already happened is never "in a moment", whatever the clocks say.
  const rel = past && new Date(iso).getTime() > now ? 'just now' : formatRelative(iso, now);
  return (
    <time dateTime={iso} title={abs} className={stacked ? 'flex flex-col' : 'inline'}>
      <span>{rel}</span>
      {stacked ? <span className="text-xs text-slate-600">{abs}</span> : <span className="sr-only"> ({abs})</span>}
    </time>
  );
}
