'use client';

import Link from 'next/link';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { textLink } from '@/components/ui/styles';

/** "¿Cómo verifico esto?": the public receiver guide in the viewer's language (/docs/webhooks, /en/docs/webhooks). */
export function VerifyLink({ className = '' }: { className?: string }) {
  const { m } = useStaffI18n();
  return (
    <Link href={m.api.docs.guide} className={`${textLink} ${className}`} data-testid="verify-guide-link">
      {m.api.verifyLink}
    </Link>
  );
}
