'use client';

import { signOut } from 'next-auth/react';

export function SignOutButton() {
  return (
    <button type="button" onClick={() => void signOut({ callbackUrl: '/login' })} className="whitespace-nowrap rounded px-2 py-1 font-semibold text-white underline-offset-4 hover:underline">
      Sign out
    </button>
  );
}
