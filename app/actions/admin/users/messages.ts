/** Sentences for the platform-admin user actions' refusals (this module is not a 'use server' file). */
export function platformErrorMessage(error: 'notFound' | 'self' | 'lastAdmin', act: 'revoke' | 'disable'): string {
  switch (error) {
    case 'notFound':
      return 'This account no longer exists.';
    case 'self':
      return act === 'revoke'
        ? 'You cannot remove your own admin rights: ask another platform admin.'
        : 'You cannot disable your own account: ask another platform admin.';
    case 'lastAdmin':
      return 'Puente must keep at least one enabled platform admin: make someone else admin first.';
  }
}
