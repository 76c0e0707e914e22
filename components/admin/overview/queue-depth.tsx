import type { QueueDepth } from '@/db/queries/admin-overview';
import type { Locale } from '@/lib/i18n/locale';
import { formatCount } from '@/lib/i18n/numbers';
import { staffMessages } from '@/lib/i18n/staff';
import { formatDateTime } from '@/lib/time';

const W = 960;
const H = 28;

/** The three parts of the queue, each told apart by pattern and label as well as colour. */
const PARTS = [
  { key: 'due', fill: 'fill-brand-700', pattern: null },
  { key: 'scheduled', fill: 'fill-amber-600', pattern: 'queue-hatch' },
  { key: 'held', fill: 'fill-slate-500', pattern: 'queue-dots' },
] as const;

/** Queue depth now: one stacked bar with the numbers in its accessible name and in a list. */
export function QueueDepthChart({ queue, now, locale }: { queue: QueueDepth; now: number; locale: Locale }) {
  const t = staffMessages(locale).admin.queue;
  const count = (x: number) => formatCount(x, locale);
  const total = queue.due + queue.scheduled + queue.held;
  const label = total === 0 ? t.empty : t.label(count(total), count(queue.due), count(queue.scheduled), count(queue.held));
  let x = 0;
  const lagMin = queue.oldestDueAt ? Math.max(0, Math.round((now - new Date(queue.oldestDueAt).getTime()) / 60_000)) : null;
  return (
    <figure className="space-y-3" data-testid="queue-depth" data-total={total} data-due={queue.due} data-scheduled={queue.scheduled} data-held={queue.held}>
      <figcaption className="font-semibold text-slate-900">
        {t.caption} <span data-testid="queue-total">{count(total)}</span>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-label={label}>
        <title>{label}</title>
        <defs>
          <pattern id="queue-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" className="fill-amber-600" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="white" strokeWidth="2" />
          </pattern>
          <pattern id="queue-dots" width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" className="fill-slate-500" />
            <circle cx="3" cy="3" r="1.2" fill="white" />
          </pattern>
        </defs>
        <rect x="0" y="0" width={W} height={H} className="fill-slate-100" />
        {total > 0
          ? PARTS.map((p) => {
              const n = queue[p.key];
              const w = (n / total) * W;
              const el = n > 0 ? <rect key={p.key} x={x} y={0} width={Math.max(w, 2)} height={H} className={p.pattern ? undefined : p.fill} fill={p.pattern ? `url(#${p.pattern})` : undefined} /> : null;
              x += w;
              return el;
            })
          : null}
      </svg>
      <ul className="grid gap-2 text-sm sm:grid-cols-3">
        {PARTS.map((p) => (
          <li key={p.key} className="flex items-start gap-2">
            <svg width="14" height="14" aria-hidden="true" className="mt-0.5 shrink-0">
              <rect width="14" height="14" className={p.pattern ? undefined : p.fill} fill={p.pattern ? `url(#${p.pattern})` : undefined} />
            </svg>
            <span>
              <span className="font-semibold" data-testid={`queue-${p.key}`}>
                {count(queue[p.key])}
              </span>{' '}
              {t.parts[p.key].label.toLowerCase()} <span className="text-slate-600">({t.parts[p.key].hint})</span>
            </span>
          </li>
        ))}
      </ul>
      {queue.oldestDueAt && lagMin !== null ? (
        <p className={`text-sm ${lagMin >= 5 ? 'font-semibold text-red-800' : 'text-slate-700'}`} data-testid="queue-lag">
          {t.lag(formatDateTime(queue.oldestDueAt, { seconds: true }), lagMin)}
          {lagMin >= 5 ? t.behind : ''}
        </p>
      ) : null}
    </figure>
  );
}
