import type { Locale } from '@/lib/i18n/locale';
import { formatAbsolute, formatRelative } from './format';

/** Relative and absolute time; the <time> element carries the machine-readable instant. `past`: an event that happened. */
export function TimeAgo({ iso, now, locale, stacked = true, past = false }: { iso: string; now: number; locale: Locale; stacked?: boolean; past?: boolean }) {
  const abs = formatAbsolute(iso);
  // Something that already happened is never "in a moment", whatever the clocks say.
  const rel = formatRelative(iso, past ? Math.max(now, new Date(iso).getTime()) : now, locale);
  return (
    <time dateTime={iso} title={abs} className={stacked ? 'flex flex-col' : 'inline'}>
      <span>{rel}</span>
      {stacked ? <span className="text-xs text-slate-600">{abs}</span> : <span className="sr-only"> ({abs})</span>}
    </time>
  );
}
