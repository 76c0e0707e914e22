'use client';

import { useRef, useState } from 'react';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { buttonSecondary, hintBase, inputBase, labelBase } from '@/components/ui/styles';

/** A webhook secret, shown once right after creation, with a copy button. */
export function SecretOnce({ secret }: { secret: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const t = useStaffI18n().m.programs.secret;

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
        <span aria-hidden="true">⚠ </span>
        {t.warning}
      </p>
      <p className="text-sm text-amber-950">{t.explain}</p>
      <label htmlFor="webhook-secret-value" className={labelBase}>
        {t.label}
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
          {t.copy}
        </button>
      </div>
      <p role="status" className={hintBase} data-testid="copy-status">
        {copied === 'copied' ? t.copied : copied === 'failed' ? t.copyFailed : ''}
      </p>
    </div>
  );
}
