'use client';

import { createContext, useContext } from 'react';
import type { Locale } from '@/lib/i18n/locale';
import { staffMessages, type StaffMessages } from '@/lib/i18n/staff';

const StaffI18nContext = createContext<Locale | null>(null);

/**
 * Gives client components the staff locale chosen on the server (app/(dashboard)/layout.tsx).
 * Only the locale crosses the server/client boundary; the catalogue, which holds functions, is
 * imported on each side.
 */
export function StaffI18nProvider({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  return <StaffI18nContext.Provider value={locale}>{children}</StaffI18nContext.Provider>;
}

/** `const { locale, m } = useStaffI18n(); m.common.signOut` in staff client components. */
export function useStaffI18n(): { locale: Locale; m: StaffMessages } {
  const locale = useContext(StaffI18nContext);
  if (!locale) throw new Error('useStaffI18n needs a StaffI18nProvider above it (app/(dashboard)/layout.tsx)');
  return { locale, m: staffMessages(locale) };
}
