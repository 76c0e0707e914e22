/** How far back "recover failed deliveries" may reach: older leads have had their personal data purged. */
export const RECOVER_MAX_DAYS = 30;
