'use client';

import Link from 'next/link';
import { useEffect, useRef } from 'react';
import { buttonPrimary, textLink } from '@/components/ui/styles';
import type { Messages } from '@/lib/i18n/messages';

/** What the applicant sees once the application is stored: it is pending, and how to follow it. */
export function ApplicationSent({ m, departmentName, email }: { m: Messages; departmentName: string; email: string }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The form the person was using is gone: move focus to the news, so screen readers read it.
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <div className="rounded-lg border-4 border-emerald-700 bg-emerald-50 p-6 sm:p-8" role="status" data-testid="application-sent">
      <h2 ref={headingRef} tabIndex={-1} className="text-2xl font-bold text-emerald-900 focus:outline-none sm:text-3xl">
        {m.register.sent.title}
      </h2>
      <p className="mt-4 text-lg text-slate-900">{m.register.sent.body(departmentName)}</p>
      <p className="mt-3 text-slate-800">{m.register.sent.account(email)}</p>
      <p className="mt-3 text-slate-800">{m.register.sent.nothingYet}</p>
      <div className="mt-6 flex flex-wrap items-center gap-x-6 gap-y-3">
        <Link href="/login?callbackUrl=/dashboard" className={buttonPrimary}>
          {m.register.sent.signIn}
        </Link>
        <Link href="/" className={textLink}>
          {m.register.sent.backHome}
        </Link>
      </div>
    </div>
  );
}
