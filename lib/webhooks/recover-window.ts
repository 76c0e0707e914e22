/** How far back "recover failed deliveries" may reach: older leads have had their personal data purged. */
export const RECOVER_MAX_DAYS = 30;

/** Why a recover's "since" is refused (the dashboard form and the API word it), or null when it is in the window. */
export function recoverSinceProblem(since: Date, now = Date.now()): 'future' | 'tooOld' | null {
  if (since.getTime() > now) return 'future';
  if (since.getTime() < now - RECOVER_MAX_DAYS * 86_400_000) return 'tooOld';
  return null;
}
