'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { useNow } from '../deliveries/use-now';
import { breakerExplanation, breakerHeadline, breakerPhase } from './breaker';
import { webhookState, WebhookStateBadge } from './webhook-state-badge';

/** How often the clock is read (paused → probing happens on the browser's clock). */
const TICK_MS = 5_000;
/** While probing, the page is re-read this often to show how the probe went. */
const REFRESH_MS = 10_000;

export interface BreakerSnapshot {
  /** ISO UTC; null when the breaker is closed. */
  nextProbeAt: string | null;
  coolingSince: string | null;
  consecutiveFailures: number;
}

/** The header's state badge, turning from paused to probing when the probe time comes. */
export function LiveWebhookStateBadge({ active, disabledAt, nextProbeAt, serverTime }: { active: boolean; disabledAt: string | null; nextProbeAt: string | null; serverTime: string }) {
  const now = useNow(Date.parse(serverTime), TICK_MS);
  const { m } = useStaffI18n();
  return <WebhookStateBadge state={webhookState({ active, disabledAt, nextProbeAt }, now)} m={m} />;
}

/**
 * The webhook page's banner while its circuit breaker is open: paused until the next probe, then
 * probing. While probing the page is refreshed now and then, so the outcome shows (the banner
 * then says deliveries resumed, or shows the next probe). Nothing for a disabled or inactive
 * webhook: it is held whatever its breaker says, and the disabled banner speaks for it.
 */
export function BreakerNotice({ enabled, breaker, serverTime }: { enabled: boolean; breaker: BreakerSnapshot; serverTime: string }) {
  const now = useNow(Date.parse(serverTime), TICK_MS);
  const router = useRouter();
  const { m } = useStaffI18n();
  const t = m.webhooks.breaker;
  const phase = breakerPhase({ active: enabled, disabledAt: null, nextProbeAt: breaker.nextProbeAt }, now);
  const open = phase !== null;

  // Opened → closed while the page is open (and the webhook is still enabled): say so.
  const [wasOpen, setWasOpen] = useState(open);
  const [resumed, setResumed] = useState(false);
  if (open !== wasOpen) {
    setWasOpen(open);
    setResumed(!open && enabled);
  }

  useEffect(() => {
    if (phase !== 'probing') return;
    const id = setInterval(() => router.refresh(), REFRESH_MS);
    return () => clearInterval(id);
  }, [phase, router]);

  const failures = breaker.consecutiveFailures;
  return (
    <div role="status" aria-atomic="true" data-testid="breaker-status">
      {phase && breaker.nextProbeAt ? (
        <section
          aria-labelledby="breaker-title"
          className={`space-y-2 rounded-lg border-4 p-4 ${phase === 'paused' ? 'border-amber-600 bg-amber-50 text-amber-950' : 'border-sky-700 bg-sky-50 text-sky-950'}`}
          data-testid="breaker-notice"
          data-phase={phase}
        >
          <h2 id="breaker-title" className="flex items-start gap-2 text-lg font-bold" data-testid="breaker-headline">
            <svg viewBox="0 0 16 16" width="20" height="20" aria-hidden="true" focusable="false" className="mt-1 shrink-0">
              {phase === 'paused' ? (
                <>
                  <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
                  <path d="M6.2 5.5v5M9.8 5.5v5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
                </>
              ) : (
                <path d="M1.5 8.5h3l2-4.5 3 9 2-4.5h3" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
              )}
            </svg>
            <span>{breakerHeadline(phase, { coolingSince: breaker.coolingSince, nextProbeAt: breaker.nextProbeAt }, now, m)}</span>
          </h2>
          <p>{breakerExplanation(phase, m)}</p>
          <p className="text-sm">
            {failures > 0 ? t.failures(failures) : ''}
            {t.fixedQuestion}
            <strong>{t.sendPing}</strong>
            {t.probesNow}
          </p>
        </section>
      ) : resumed ? (
        <p className="rounded-lg border-2 border-green-700 bg-green-50 p-3 font-semibold text-green-900" data-testid="breaker-resumed">
          {t.resumed}
        </p>
      ) : null}
    </div>
  );
}
