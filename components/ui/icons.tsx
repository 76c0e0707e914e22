/** The small status icons of the kit: decoration beside a word, so always aria-hidden. */

export type StatusIconName =
  | 'check'
  | 'retry'
  | 'clock'
  | 'cross'
  | 'pause'
  | 'pause-circle'
  | 'pulse'
  | 'skip'
  | 'warning'
  | 'alert'
  | 'dot'
  | 'ring'
  | 'dashed-ring';

const round = { fill: 'none', stroke: 'currentColor', strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

const PATHS: Record<StatusIconName, React.ReactNode> = {
  check: <path d="M3.5 8.5l3 3 6-7" {...round} strokeWidth="2" />,
  retry: <path d="M13 8a5 5 0 1 1-1.5-3.6M13 2.5v3h-3" {...round} strokeWidth="2" />,
  clock: (
    <>
      <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M8 5v3.2l2 1.3" {...round} strokeWidth="2" />
    </>
  ),
  cross: <path d="M4 4l8 8M12 4l-8 8" {...round} strokeWidth="2" />,
  pause: <path d="M5.5 3.5v9M10.5 3.5v9" {...round} strokeWidth="2.2" />,
  'pause-circle': (
    <>
      <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path d="M6.2 5.5v5M9.8 5.5v5" {...round} strokeWidth="1.8" />
    </>
  ),
  pulse: <path d="M1.5 8.5h3l2-4.5 3 9 2-4.5h3" {...round} strokeWidth="1.8" />,
  skip: <path d="M3 8h7M8 5l3 3-3 3M13 4v8" {...round} strokeWidth="2" />,
  warning: (
    <>
      <path d="M8 1.5l7 13H1z" fill="currentColor" />
      <path d="M8 6v4M8 12v.3" stroke="white" strokeWidth="1.8" strokeLinecap="round" />
    </>
  ),
  alert: (
    <>
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <path d="M8 4.5v4.2M8 11.2v.3" stroke="white" strokeWidth="2" strokeLinecap="round" />
    </>
  ),
  dot: <circle cx="8" cy="8" r="6" fill="currentColor" />,
  ring: <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />,
  'dashed-ring': <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeDasharray="2.5 2" />,
};

export function StatusIcon({ name, size = 16, className = 'shrink-0' }: { name: StatusIconName; size?: number; className?: string }) {
  return (
    <svg viewBox="0 0 16 16" width={size} height={size} aria-hidden="true" focusable="false" className={className}>
      {PATHS[name]}
    </svg>
  );
}
