import type { HourBucket } from '@/db/queries/webhooks';
import type { Locale } from '@/lib/i18n/locale';
import { formatPercent } from '@/lib/i18n/numbers';
import type { StaffMessages } from '@/lib/i18n/staff';

const W = 120;
const H = 28;
const GAP = 1;

/**
 * 24 hourly bars: delivered attempts (green, bottom) stacked under failed ones (red, top),
 * scaled to the busiest hour. The numbers are in the accessible name and in the text beside it.
 */
export function Sparkline({ hourly, locale, m }: { hourly: HourBucket[]; locale: Locale; m: StaffMessages }) {
  const t = m.webhooks.sparkline;
  const delivered = hourly.reduce((s, b) => s + b.delivered, 0);
  const failed = hourly.reduce((s, b) => s + b.failed, 0);
  const total = delivered + failed;
  const rate = total > 0 ? formatPercent(delivered / total, locale) : null;
  const max = Math.max(1, ...hourly.map((b) => b.delivered + b.failed));
  const bar = hourly.length > 0 ? W / hourly.length : W;
  const label = rate === null ? t.none : t.summary(total, delivered, failed, rate);
  return (
    <span className="inline-flex items-center gap-2" data-testid="sparkline" data-delivered={delivered} data-failed={failed}>
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={label} className="shrink-0 overflow-visible">
        <title>{label}</title>
        <line x1="0" y1={H - 0.5} x2={W} y2={H - 0.5} stroke="#94a3b8" strokeWidth="1" />
        {hourly.map((b, i) => {
          const x = i * bar + GAP / 2;
          const w = Math.max(1, bar - GAP);
          const hOk = (b.delivered / max) * (H - 2);
          const hFail = (b.failed / max) * (H - 2);
          return (
            <g key={b.start}>
              {b.delivered > 0 ? <rect x={x} y={H - 1 - hOk} width={w} height={Math.max(1.5, hOk)} fill="#15803d" /> : null}
              {b.failed > 0 ? <rect x={x} y={H - 1 - hOk - Math.max(1.5, hFail)} width={w} height={Math.max(1.5, hFail)} fill="#b91c1c" /> : null}
            </g>
          );
        })}
      </svg>
      <span className="text-sm text-slate-800" aria-hidden="true">
        {rate ?? t.noAttempts}
      </span>
    </span>
  );
}
