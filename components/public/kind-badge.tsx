import type { ProgramKind } from '@/lib/i18n/messages';

const TONES: Record<ProgramKind, string> = {
  financing: 'bg-emerald-100 text-emerald-900 ring-emerald-700/30',
  education: 'bg-sky-100 text-sky-900 ring-sky-700/30',
  technical_assistance: 'bg-violet-100 text-violet-900 ring-violet-700/30',
  incentive: 'bg-amber-100 text-amber-900 ring-amber-700/30',
  certification: 'bg-rose-100 text-rose-900 ring-rose-700/30',
};

/** The program kind as a coloured label; the text carries the meaning, colour only helps. */
export function KindBadge({ kind, label }: { kind: ProgramKind; label: string }) {
  return (
    <span className={`inline-flex items-center rounded-full px-3 py-0.5 text-sm font-semibold ring-1 ring-inset ${TONES[kind]}`}>
      {label}
    </span>
  );
}
