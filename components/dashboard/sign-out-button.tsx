'use client';

import { signOut } from 'next-auth/react';
import { useStaffI18n } from './staff-i18n';

export function SignOutButton() {
  const { m } = useStaffI18n();
  return (
    <button type="button" onClick={() => void signOut({ callbackUrl: '/login' })} className="whitespace-nowrap rounded px-2 py-1 font-semibold text-white underline-offset-4 hover:underline">
      {m.common.signOut}
    </button>
  );
}
