'use client';

import { inputBase, labelBase } from '@/components/ui/styles';
import { CopyButton } from './copy-button';

/** A newly made secret in full, with Copy and a warning that it will not be shown again. */
export function SecretOnce({ secret, id = 'webhook-new-secret', children }: { secret: string; id?: string; children?: React.ReactNode }) {
  return (
    <div className="space-y-2 rounded-lg border-4 border-amber-600 bg-amber-50 p-4" data-testid="secret-once">
      <p className="font-bold text-amber-950" id={`${id}-warning`}>
        <span aria-hidden="true">⚠ </span>Copy this secret now. It won&apos;t be shown again.
      </p>
      <p className="text-sm text-amber-950">Give it to whoever runs the receiving system: it verifies the signature on every delivery.</p>
      {children}
      <label htmlFor={id} className={labelBase}>
        Webhook secret
      </label>
      <div className="space-y-2">
        <input
          id={id}
          readOnly
          value={secret}
          aria-describedby={`${id}-warning`}
          className={`${inputBase} font-mono text-sm`}
          onFocus={(e) => e.currentTarget.select()}
          data-testid="secret-value"
        />
        <CopyButton value={secret} targetId={id} testId="copy-secret" />
      </div>
    </div>
  );
}
