/** Sentences for the platform-admin user actions' refusals (this module is not a 'use server' file). */
import type { StaffMessages } from '@/lib/i18n/staff';

export function platformErrorMessage(m: StaffMessages, error: 'notFound' | 'self' | 'lastAdmin', act: 'revoke' | 'disable'): string {
  const t = m.admin.users.answers;
  switch (error) {
    case 'notFound':
      return t.notFound;
    case 'self':
      return act === 'revoke' ? t.selfRevoke : t.selfDisable;
    case 'lastAdmin':
      return t.lastAdmin;
  }
}
