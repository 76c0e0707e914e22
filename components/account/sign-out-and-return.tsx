'use client';

import { signOut } from 'next-auth/react';
import { buttonSecondary } from '@/components/ui/styles';

/** Sign out and come back to `callbackUrl` (e.g. an invitation opened while signed in as someone else). */
export function SignOutAndReturn({ callbackUrl }: { callbackUrl: string }) {
  return (
    <button type="button" className={buttonSecondary} onClick={() => void signOut({ callbackUrl })} data-testid="sign-out-and-return">
      Sign out
    </button>
  );
}
