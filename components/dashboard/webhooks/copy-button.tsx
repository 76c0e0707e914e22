'use client';

import { useState } from 'react';
import { buttonSecondary } from '@/components/ui/styles';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';

/**
 * Copies a value with navigator.clipboard and says so in a live region. Without clipboard
 * access (plain http, a denied permission) it selects the text for Ctrl+C instead.
 */
export function CopyButton({ value, targetId, label, testId }: { value: string; targetId: string; label?: string; testId?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const t = useStaffI18n().m.webhooks.copy;
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      const el = document.getElementById(targetId);
      if (el instanceof HTMLInputElement) {
        el.focus();
        el.select();
      }
      setState('failed');
    }
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-3">
      <button type="button" className={buttonSecondary} onClick={copy} data-testid={testId}>
        {label ?? t.copy}
      </button>
      <span role="status" className="font-semibold text-green-800" data-testid={testId ? `${testId}-status` : undefined}>
        {state === 'copied' ? (
          <>
            <span aria-hidden="true">✓ </span>
            {t.copied}
          </>
        ) : state === 'failed' ? (
          <span className="text-slate-800">{t.failed}</span>
        ) : (
          ''
        )}
      </span>
    </span>
  );
}
