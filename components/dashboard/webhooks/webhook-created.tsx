'use client';

import Link from 'next/link';
import { useEffect, useRef } from 'react';
import type { CreatedWebhook } from '@/app/actions/dashboard/webhooks/create-webhook';
import { buttonPrimary, textLink } from '@/components/ui/styles';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { SecretOnce } from './secret-once';
import { VerifyLink } from './verify-link';

/** After adding a webhook: the secret once, and where to watch the ping that was sent. */
export function WebhookCreated({ dept, created }: { dept: string; created: CreatedWebhook }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const t = useStaffI18n().m.webhooks.created;
  useEffect(() => heading.current?.focus(), []);
  const deliveries = `/dashboard/${dept}/deliveries?webhook=${created.id}`;
  return (
    <section className="max-w-3xl space-y-5" aria-labelledby="webhook-created-title" data-testid="webhook-created" data-webhook-id={created.id}>
      <h2 id="webhook-created-title" ref={heading} tabIndex={-1} className="text-xl font-bold text-brand-900">
        {t.title}
      </h2>
      <p className="break-all font-mono text-slate-900">{created.url}</p>
      <SecretOnce secret={created.secret}>
        <p className="text-sm">
          <VerifyLink />
        </p>
      </SecretOnce>
      <p role="status" className="rounded-lg border-2 border-green-700 bg-green-50 p-3 text-green-900" data-testid="ping-sent">
        {t.pingSent}{' '}
        <Link href={deliveries} className={textLink} data-testid="ping-deliveries-link">
          {t.seeIt}
        </Link>
        .
      </p>
      <div className="flex flex-wrap items-center gap-4">
        <Link href={`/dashboard/${dept}/webhooks/${created.id}`} className={buttonPrimary} data-testid="manage-created-webhook">
          {t.manage}
        </Link>
        <Link href={`/dashboard/${dept}/webhooks`} className={textLink}>
          {t.back}
        </Link>
      </div>
    </section>
  );
}
