import { StatusIcon, type StatusIconName } from './icons';

/**
 * A state shown as an icon AND a word, never colour alone. The word comes from the caller
 * (so every screen can be translated); `tone` only picks the colours.
 */
export type BadgeTone = 'success' | 'warning' | 'danger' | 'info' | 'neutral' | 'faint';

const PILL: Record<BadgeTone, string> = {
  success: 'border-green-700 bg-green-50 text-green-900',
  warning: 'border-amber-700 bg-amber-50 text-amber-950',
  danger: 'border-red-700 bg-red-50 text-red-900',
  info: 'border-sky-700 bg-sky-50 text-sky-950',
  neutral: 'border-slate-500 bg-slate-50 text-slate-800',
  faint: 'border-slate-400 bg-white text-slate-800',
};

const TEXT: Record<BadgeTone, string> = {
  success: 'text-green-800',
  warning: 'text-amber-800',
  danger: 'text-red-800',
  info: 'text-sky-800',
  neutral: 'text-slate-700',
  faint: 'text-slate-700',
};

/** `data-*` attributes for tests and styling hooks (e.g. `{ 'data-status': 'failed' }`). */
export type DataAttributes = { [key: `data-${string}`]: string | undefined };

export interface StatusBadgeProps {
  label: React.ReactNode;
  tone: BadgeTone;
  icon: StatusIconName;
  /** 'pill' (outlined, for states of things) or 'text' (icon and word inline, for dense tables). */
  variant?: 'pill' | 'text';
  iconSize?: number;
  testId?: string;
  data?: DataAttributes;
}

export function StatusBadge({ label, tone, icon, variant = 'pill', iconSize, testId, data }: StatusBadgeProps) {
  const className =
    variant === 'pill'
      ? `inline-flex items-center gap-1.5 whitespace-nowrap rounded-full border-2 px-2.5 py-0.5 text-sm font-semibold ${PILL[tone]}`
      : `inline-flex items-center gap-1.5 font-semibold ${TEXT[tone]}`;
  return (
    <span className={className} data-testid={testId} {...data}>
      <StatusIcon name={icon} size={iconSize ?? (variant === 'pill' ? 14 : 16)} />
      {label}
    </span>
  );
}

const TAG: Record<'brand' | 'danger' | 'warning' | 'neutral', string> = {
  brand: 'bg-brand-100 text-brand-900',
  danger: 'bg-red-100 text-red-900',
  warning: 'bg-amber-100 text-amber-950',
  neutral: 'bg-slate-200 text-slate-800',
};

/** A small word beside a name ("you", "disabled"): the word carries the meaning, colour only helps. */
export function Tag({ tone, children, className = 'ml-2' }: { tone: keyof typeof TAG; children: React.ReactNode; className?: string }) {
  return <span className={`${className} rounded px-1.5 py-0.5 text-xs font-semibold ${TAG[tone]}`}>{children}</span>;
}
