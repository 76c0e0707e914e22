import type { StatBucket, WebhookStats } from '@/db/queries/deliveries';
import type { Locale } from '@/lib/i18n/locale';
import { formatCount, formatPercent } from '@/lib/i18n/numbers';
import type { StaffMessages } from '@/lib/i18n/staff';
import { formatDay, formatHour, TIME_ZONE_LABEL } from './format';

/**
 * Per-webhook health: success rate (bars) and response time p50/p95 (lines) over the last
 * 24 hours by hour and the last 7 days by day. Inline SVG, no chart library. Each chart has
 * a text summary (role="img" + <title>/<desc>) and its numbers in a table; p50 and p95 are
 * told apart by line style and marker shape as well as colour.
 */
export function WebhookCharts({ stats, webhookUrl, locale, m }: { stats: WebhookStats; webhookUrl: string; locale: Locale; m: StaffMessages }) {
  const t = m.deliveries.charts;
  return (
    <section aria-labelledby="webhook-charts-heading" className="space-y-4 rounded-lg border-2 border-slate-200 p-4" data-testid="webhook-charts">
      <h2 id="webhook-charts-heading" className="text-lg font-bold text-brand-900">
        {t.heading}
        <span className="break-all font-mono text-base">{webhookUrl}</span>
      </h2>
      <div className="grid gap-6 lg:grid-cols-2">
        <Window id="h24" title={t.hourly} buckets={stats.hourly} label={(b) => formatHour(b.start)} every={6} unit="hour" locale={locale} m={m} />
        <Window id="d7" title={t.daily} buckets={stats.daily} label={(b) => formatDay(b.start, locale)} every={1} unit="day" locale={locale} m={m} />
      </div>
      <p className="text-xs text-slate-600">{t.note(TIME_ZONE_LABEL)}</p>
    </section>
  );
}

const W = 480;
const H = 120;
const PAD_L = 40;
const PAD_B = 20;
const PAD_T = 8;
const PAD_R = 16;

function summary(buckets: StatBucket[]) {
  const attempts = buckets.reduce((s, b) => s + b.attempts, 0);
  const ok = buckets.reduce((s, b) => s + b.succeeded, 0);
  const p50s = buckets.map((b) => b.p50Ms).filter((x): x is number => x !== null);
  const p95s = buckets.map((b) => b.p95Ms).filter((x): x is number => x !== null);
  return {
    attempts,
    rate: attempts > 0 ? ok / attempts : null,
    p50Min: p50s.length ? Math.min(...p50s) : null,
    p50Max: p50s.length ? Math.max(...p50s) : null,
    p95Max: p95s.length ? Math.max(...p95s) : null,
  };
}

function niceMax(v: number): number {
  if (v <= 0) return 100;
  const mag = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (v <= m * mag) return m * mag;
  return 10 * mag;
}

function Window({
  id,
  title,
  buckets,
  label,
  every,
  unit,
  locale,
  m,
}: {
  id: string;
  title: string;
  buckets: StatBucket[];
  label: (b: StatBucket) => string;
  every: number;
  unit: 'hour' | 'day';
  locale: Locale;
  m: StaffMessages;
}) {
  const t = m.deliveries.charts;
  const pct = (x: number) => formatPercent(x, locale);
  const span = title.toLowerCase();
  const s = summary(buckets);
  const n = Math.max(buckets.length, 1);
  const slot = (W - PAD_L - PAD_R) / n;
  const plotH = H - PAD_B - PAD_T;
  const x = (i: number) => PAD_L + i * slot + slot / 2;
  const worst = buckets.filter((b) => b.successRate !== null).sort((a, b) => a.successRate! - b.successRate!)[0];
  const rateSummary =
    s.rate === null || !worst
      ? unit === 'hour'
        ? t.noAttemptsHourly
        : t.noAttemptsDaily
      : t.rateSummary(pct(s.rate), s.attempts, unit, pct(worst.successRate!), label(worst));
  const timeSummary = s.p50Min === null ? t.noTimes : t.timeSummary(s.p50Min, s.p50Max!, unit, s.p95Max!);
  const maxMs = niceMax(s.p95Max ?? 0);
  const y = (ms: number) => PAD_T + plotH - (ms / maxMs) * plotH;
  const line = (pick: (b: StatBucket) => number | null) => {
    const segs: string[] = [];
    let open = false;
    buckets.forEach((b, i) => {
      const v = pick(b);
      if (v === null) {
        open = false;
        return;
      }
      segs.push(`${open ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`);
      open = true;
    });
    return segs.join(' ');
  };
  const xLabels = buckets.map((b, i) =>
    i % every === 0 || i === buckets.length - 1 ? (
      <text key={b.start} x={x(i)} y={H - 6} textAnchor="middle" className="fill-slate-700 text-[10px]">
        {label(b)}
      </text>
    ) : null,
  );

  return (
    <div className="space-y-3" data-testid={`webhook-chart-${id}`}>
      <h3 className="font-semibold text-slate-900">{title}</h3>
      <figure className="space-y-1">
        <figcaption className="text-sm font-semibold text-slate-800">{t.successRate}</figcaption>
        <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-labelledby={`${id}-rate-t ${id}-rate-d`}>
          <title id={`${id}-rate-t`}>{t.rateTitle(span)}</title>
          <desc id={`${id}-rate-d`}>{rateSummary}</desc>
          {[0, 0.5, 1].map((v) => (
            <g key={v}>
              <line x1={PAD_L} x2={W - PAD_R} y1={PAD_T + plotH - v * plotH} y2={PAD_T + plotH - v * plotH} className="stroke-slate-200" />
              <text x={PAD_L - 4} y={PAD_T + plotH - v * plotH + 3} textAnchor="end" className="fill-slate-700 text-[10px]">
                {formatPercent(v, locale, 0)}
              </text>
            </g>
          ))}
          {buckets.map((b, i) =>
            b.successRate === null ? (
              <line key={b.start} x1={x(i) - slot * 0.3} x2={x(i) + slot * 0.3} y1={PAD_T + plotH} y2={PAD_T + plotH} className="stroke-slate-400" strokeWidth={2} />
            ) : (
              <rect
                key={b.start}
                x={x(i) - slot * 0.35}
                width={slot * 0.7}
                y={PAD_T + plotH - Math.max(b.successRate * plotH, 1)}
                height={Math.max(b.successRate * plotH, 1)}
                className={b.successRate >= 0.95 ? 'fill-green-700' : b.successRate >= 0.5 ? 'fill-amber-600' : 'fill-red-700'}
              >
                <title>{t.bar(label(b), pct(b.successRate), b.attempts)}</title>
              </rect>
            ),
          )}
          {xLabels}
        </svg>
        <p className="text-sm text-slate-700">{rateSummary}</p>
      </figure>
      <figure className="space-y-1">
        <figcaption className="flex flex-wrap items-center gap-4 text-sm font-semibold text-slate-800">
          {t.responseTime}
          <span className="inline-flex items-center gap-1 font-normal">
            <svg width="28" height="10" aria-hidden="true">
              <line x1="0" x2="28" y1="5" y2="5" className="stroke-brand-700" strokeWidth="2" />
              <circle cx="14" cy="5" r="3" className="fill-brand-700" />
            </svg>
            p50
          </span>
          <span className="inline-flex items-center gap-1 font-normal">
            <svg width="28" height="10" aria-hidden="true">
              <line x1="0" x2="28" y1="5" y2="5" className="stroke-slate-800" strokeWidth="2" strokeDasharray="4 3" />
              <rect x="11" y="2" width="6" height="6" className="fill-slate-800" />
            </svg>
            p95
          </span>
        </figcaption>
        <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-labelledby={`${id}-time-t ${id}-time-d`}>
          <title id={`${id}-time-t`}>{t.timeTitle(span)}</title>
          <desc id={`${id}-time-d`}>{timeSummary}</desc>
          {[0, 0.5, 1].map((v) => (
            <g key={v}>
              <line x1={PAD_L} x2={W - PAD_R} y1={y(v * maxMs)} y2={y(v * maxMs)} className="stroke-slate-200" />
              <text x={PAD_L - 4} y={y(v * maxMs) + 3} textAnchor="end" className="fill-slate-700 text-[10px]">
                {v * maxMs >= 1000 ? `${(v * maxMs) / 1000}s` : `${v * maxMs}ms`}
              </text>
            </g>
          ))}
          <path d={line((b) => b.p95Ms)} fill="none" className="stroke-slate-800" strokeWidth={2} strokeDasharray="4 3" />
          <path d={line((b) => b.p50Ms)} fill="none" className="stroke-brand-700" strokeWidth={2} />
          {buckets.map((b, i) => (
            <g key={b.start}>
              {b.p95Ms !== null ? <rect x={x(i) - 3} y={y(b.p95Ms) - 3} width={6} height={6} className="fill-slate-800" /> : null}
              {b.p50Ms !== null ? <circle cx={x(i)} cy={y(b.p50Ms)} r={3} className="fill-brand-700" /> : null}
            </g>
          ))}
          {xLabels}
        </svg>
        <p className="text-sm text-slate-700">{timeSummary}</p>
      </figure>
      <details className="text-sm">
        <summary className="cursor-pointer font-semibold text-brand-800 focus-visible:outline-3 focus-visible:outline-offset-2">{t.showNumbers}</summary>
        <table className="mt-2 w-full border-collapse text-left tabular-nums">
          <caption className="sr-only">{t.tableCaption(span)}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-1 pr-3">{unit === 'hour' ? t.hour : t.day}</th>
              <th scope="col" className="py-1 pr-3 text-right">{t.attempts}</th>
              <th scope="col" className="py-1 pr-3 text-right">{t.success}</th>
              <th scope="col" className="py-1 pr-3 text-right">p50</th>
              <th scope="col" className="py-1 text-right">p95</th>
            </tr>
          </thead>
          <tbody>
            {buckets.map((b) => (
              <tr key={b.start} className="border-b border-slate-100">
                <th scope="row" className="py-1 pr-3 font-normal">
                  <time dateTime={b.start}>{label(b)}</time>
                </th>
                <td className="py-1 pr-3 text-right">{formatCount(b.attempts, locale)}</td>
                <td className="py-1 pr-3 text-right">{b.successRate === null ? '—' : pct(b.successRate)}</td>
                <td className="py-1 pr-3 text-right">{b.p50Ms === null ? '—' : `${b.p50Ms} ms`}</td>
                <td className="py-1 text-right">{b.p95Ms === null ? '—' : `${b.p95Ms} ms`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
