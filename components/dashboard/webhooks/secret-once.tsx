'use client';

import { inputBase, labelBase } from '@/components/ui/styles';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { CopyButton } from './copy-button';

/** A newly made secret in full, with a copy button and a warning that it will not be shown again. */
export function SecretOnce({ secret, id = 'webhook-new-secret', children }: { secret: string; id?: string; children?: React.ReactNode }) {
  const t = useStaffI18n().m.webhooks.secret;
  return (
    <div className="space-y-2 rounded-lg border-4 border-amber-600 bg-amber-50 p-4" data-testid="secret-once">
      <p className="font-bold text-amber-950" id={`${id}-warning`}>
        <span aria-hidden="true">⚠ </span>
        {t.copyNow}
      </p>
      <p className="text-sm text-amber-950">{t.giveIt}</p>
      {children}
      <label htmlFor={id} className={labelBase}>
        {t.label}
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
