/**
 * Numbers for people, per locale: "1,234.5" in English, "1,234.5" in Puerto Rico Spanish too
 * (es-PR groups with commas and uses a decimal point, like the island's official documents),
 * and percentages with the sign attached ("66.7 %" is written "66.7 %" in both). One place, so
 * every screen and e-mail agrees.
 */
import type { Locale } from './locale';

const TAG: Record<Locale, string> = { es: 'es-PR', en: 'en-US' };

const integer: Record<Locale, Intl.NumberFormat> = {
  es: new Intl.NumberFormat(TAG.es, { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat(TAG.en, { maximumFractionDigits: 0 }),
};

/** 12,345 (rounded to a whole number). */
export function formatCount(n: number, locale: Locale): string {
  return Number.isFinite(n) ? integer[locale].format(n) : '—';
}

/** A number with at most `digits` decimals: 12.5, 1,234.25. */
export function formatNumber(n: number, locale: Locale, digits = 1): string {
  if (!Number.isFinite(n)) return '—';
  return new Intl.NumberFormat(TAG[locale], { maximumFractionDigits: digits }).format(n);
}

/** A ratio (0..1) as a percentage with one decimal: "66.7 %". */
export function formatPercent(ratio: number, locale: Locale, digits = 1): string {
  if (!Number.isFinite(ratio)) return '—';
  return `${new Intl.NumberFormat(TAG[locale], { minimumFractionDigits: 0, maximumFractionDigits: digits }).format(ratio * 100)} %`;
}
