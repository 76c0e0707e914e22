import type { StaffMessages } from '@/lib/i18n/staff';
import type { LiveState } from './use-delivery-events';

/** Whether the view is updating live, or polling because the event stream is down. */
export function LiveIndicator({ state, fetching, m }: { state: LiveState; fetching: boolean; m: StaffMessages }) {
  const t = m.deliveries.live;
  const text = state === 'live' ? t.live : state === 'connecting' ? t.connecting : t.polling;
  return (
    <p className="flex items-center gap-2 text-sm text-slate-700" data-testid="live-indicator" data-state={state}>
      <svg viewBox="0 0 10 10" width="10" height="10" aria-hidden="true" focusable="false">
        {state === 'live' ? <circle cx="5" cy="5" r="4" className="fill-green-700" /> : <circle cx="5" cy="5" r="3.5" fill="none" stroke="currentColor" strokeWidth="1.5" />}
      </svg>
      <span>{text}</span>
      {fetching ? <span className="text-slate-500">{t.refreshing}</span> : null}
    </p>
  );
}
