'use client';

import { signOut } from 'next-auth/react';
import { useStaffI18n } from '@/components/dashboard/staff-i18n';
import { buttonSecondary } from '@/components/ui/styles';

/** Sign out and come back to `callbackUrl` (e.g. an invitation opened while signed in as someone else). */
export function SignOutAndReturn({ callbackUrl }: { callbackUrl: string }) {
  const { m } = useStaffI18n();
  return (
    <button type="button" className={buttonSecondary} onClick={() => void signOut({ callbackUrl })} data-testid="sign-out-and-return">
      {m.common.signOut}
    </button>
  );
}
