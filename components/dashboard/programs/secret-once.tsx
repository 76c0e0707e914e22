'use client';

import { useRef, useState } from 'react';
import { buttonSecondary, hintBase, inputBase, labelBase } from '@/components/ui/styles';

/** A webhook secret, shown once right after creation, with a copy button. */
export function SecretOnce({ secret }: { secret: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied('copied');
    } catch {
      // No clipboard permission (or http): select the text so Ctrl+C works.
      input.current?.select();
      setCopied('failed');
    }
  }

  return (
    <div className="space-y-2 rounded-lg border-4 border-amber-600 bg-amber-50 p-4" data-testid="secret-once">
      <p className="font-bold text-amber-950" id="secret-warning">
        <span aria-hidden="true">⚠ </span>Copy this secret now. It won&apos;t be shown again.
      </p>
      <p className="text-sm text-amber-950">Give it to whoever runs the receiving system: it verifies the signature on every delivery.</p>
      <label htmlFor="webhook-secret-value" className={labelBase}>
        Webhook secret
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <input
          ref={input}
          id="webhook-secret-value"
          readOnly
          value={secret}
          aria-describedby="secret-warning"
          className={`${inputBase} flex-1 font-mono text-sm`}
          onFocus={(e) => e.currentTarget.select()}
          data-testid="secret-value"
        />
        <button type="button" className={buttonSecondary} onClick={copy} data-testid="copy-secret">
          Copy secret
        </button>
      </div>
      <p role="status" className={hintBase} data-testid="copy-status">
        {copied === 'copied' ? 'Copied to the clipboard.' : copied === 'failed' ? 'Could not copy automatically: the secret is selected, press Ctrl+C (⌘C on a Mac).' : ''}
      </p>
    </div>
  );
}
