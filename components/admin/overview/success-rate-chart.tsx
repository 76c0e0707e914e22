import type { RateBucket } from '@/db/queries/admin-overview';
import type { Locale } from '@/lib/i18n/locale';
import { formatCount, formatPercent } from '@/lib/i18n/numbers';
import { staffMessages } from '@/lib/i18n/staff';
import { formatDay, formatTime, PLATFORM_TIME_ZONE_LABEL } from '@/lib/time';

const W = 480;
const H = 130;
const PAD_L = 40;
const PAD_R = 12;
const PAD_T = 8;
const PAD_B = 20;

/**
 * Platform-wide success rate as bars (one per hour or day), inline SVG like the per-webhook
 * charts: colour by threshold AND height, a text summary in <title>/<desc> and beside the
 * chart, and the numbers in a table.
 */
export function SuccessRateChart({
  id,
  period,
  buckets,
  unit,
  locale,
}: {
  id: string;
  /** "Last 24 hours, by hour" and "the last 24 hours" (for sentences). */
  period: { title: string; period: string };
  buckets: RateBucket[];
  unit: 'hour' | 'day';
  locale: Locale;
}) {
  const t = staffMessages(locale).admin.chart;
  const pct = (x: number) => formatPercent(x, locale);
  const title = period.title;
  const label = (b: RateBucket) => (unit === 'hour' ? formatTime(b.start) : formatDay(b.start, locale));
  const every = unit === 'hour' ? 6 : 1;
  const attempts = buckets.reduce((s, b) => s + b.attempts, 0);
  const succeeded = buckets.reduce((s, b) => s + b.succeeded, 0);
  const rate = attempts > 0 ? succeeded / attempts : null;
  const withTraffic = buckets.filter((b) => b.attempts > 0);
  const worst = [...withTraffic].sort((a, b) => a.succeeded / a.attempts - b.succeeded / b.attempts)[0];
  const summary =
    rate === null
      ? t.noneIn(period.period)
      : t.summary(pct(rate), formatCount(attempts, locale), unit, worst ? { rate: pct(worst.succeeded / worst.attempts), when: label(worst) } : null);
  const n = Math.max(buckets.length, 1);
  const slot = (W - PAD_L - PAD_R) / n;
  const plotH = H - PAD_T - PAD_B;
  const x = (i: number) => PAD_L + i * slot + slot / 2;

  return (
    <figure className="space-y-2" data-testid={`rate-chart-${id}`} data-attempts={attempts} data-succeeded={succeeded}>
      <figcaption className="font-semibold text-slate-900">
        {title}: <span data-testid={`rate-${id}`}>{rate === null ? t.noAttempts : pct(rate)}</span>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>{t.svgTitle(title.toLowerCase())}</title>
        <desc id={`${id}-d`}>{summary}</desc>
        {[0, 0.5, 1].map((v) => (
          <g key={v}>
            <line x1={PAD_L} x2={W - PAD_R} y1={PAD_T + plotH - v * plotH} y2={PAD_T + plotH - v * plotH} className="stroke-slate-200" />
            <text x={PAD_L - 4} y={PAD_T + plotH - v * plotH + 3} textAnchor="end" className="fill-slate-700 text-[10px]">
              {formatPercent(v, locale, 0)}
            </text>
          </g>
        ))}
        {buckets.map((b, i) => {
          if (b.attempts === 0) {
            return <line key={b.start} x1={x(i) - slot * 0.3} x2={x(i) + slot * 0.3} y1={PAD_T + plotH} y2={PAD_T + plotH} className="stroke-slate-400" strokeWidth={2} />;
          }
          const r = b.succeeded / b.attempts;
          const h = Math.max(r * plotH, 1);
          return (
            <rect
              key={b.start}
              x={x(i) - slot * 0.35}
              width={slot * 0.7}
              y={PAD_T + plotH - h}
              height={h}
              className={r >= 0.95 ? 'fill-green-700' : r >= 0.5 ? 'fill-amber-600' : 'fill-red-700'}
            >
              <title>{t.bar(label(b), pct(r), formatCount(b.attempts, locale))}</title>
            </rect>
          );
        })}
        {buckets.map((b, i) =>
          i % every === 0 || i === buckets.length - 1 ? (
            <text key={b.start} x={x(i)} y={H - 6} textAnchor="middle" className="fill-slate-700 text-[10px]">
              {label(b)}
            </text>
          ) : null,
        )}
      </svg>
      <p className="text-sm text-slate-700">{summary}</p>
      <details className="text-sm">
        <summary className="cursor-pointer font-semibold text-brand-800 focus-visible:outline-3 focus-visible:outline-offset-2">{t.showNumbers}</summary>
        <table className="mt-2 w-full border-collapse text-left tabular-nums">
          <caption className="sr-only">{t.tableCaption(title.toLowerCase(), PLATFORM_TIME_ZONE_LABEL)}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-1 pr-3">
                {unit === 'hour' ? t.hour : t.day}
              </th>
              <th scope="col" className="py-1 pr-3 text-right">
                {t.attempts}
              </th>
              <th scope="col" className="py-1 pr-3 text-right">
                {t.succeeded}
              </th>
              <th scope="col" className="py-1 text-right">
                {t.rate}
              </th>
            </tr>
          </thead>
          <tbody>
            {buckets.map((b) => (
              <tr key={b.start} className="border-b border-slate-100">
                <th scope="row" className="py-1 pr-3 font-normal">
                  <time dateTime={b.start}>{label(b)}</time>
                </th>
                <td className="py-1 pr-3 text-right">{formatCount(b.attempts, locale)}</td>
                <td className="py-1 pr-3 text-right">{formatCount(b.succeeded, locale)}</td>
                <td className="py-1 text-right">{b.attempts > 0 ? pct(b.succeeded / b.attempts) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
