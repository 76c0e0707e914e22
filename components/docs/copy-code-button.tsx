'use client';

import { useState } from 'react';

/**
 * Copies the text of the code block `targetId` and says so in a live region. A client
 * component, so it runs under the page's CSP nonce like Next's own scripts (no inline handler).
 * Without clipboard access (plain http, a denied permission) it selects the code for Ctrl+C.
 */
export function CopyCodeButton({ targetId, label, copied, failed, name }: { targetId: string; label: string; copied: string; failed: string; name: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  async function copy() {
    const el = document.getElementById(targetId);
    try {
      await navigator.clipboard.writeText(el?.textContent ?? '');
      setState('copied');
    } catch {
      if (el) {
        const range = document.createRange();
        range.selectNodeContents(el);
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
      }
      setState('failed');
    }
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={copy}
        aria-label={`${label}: ${name}`}
        className="rounded-md border-2 border-white/80 px-3 py-0.5 text-sm font-semibold text-white hover:bg-white hover:text-slate-900"
        data-testid="copy-code"
      >
        {label}
      </button>
      <span role="status" className="text-sm font-semibold text-white">
        {state === 'copied' ? copied : state === 'failed' ? failed : ''}
      </span>
    </span>
  );
}
