/**
 * Turns the people forms' field error codes (lib/users/user-schemas USER_ERROR_CODES) into text
 * in the staff member's language. Pure: actions and client components both use it.
 */
import { USER_ERROR_CODES, type UserErrorCode } from '../users/user-schemas';
import type { StaffMessages } from './staff';

function isUserErrorCode(code: string): code is UserErrorCode {
  return (USER_ERROR_CODES as readonly string[]).includes(code);
}

/** The text for one code; anything else (already a sentence) is shown as it is. */
export function userErrorText(m: StaffMessages, code: string): string {
  return isUserErrorCode(code) ? m.account.fieldErrors[code] : code;
}

/** Every field's code turned into text: `fieldErrors: userFieldErrors(m, r.fieldErrors)`. */
export function userFieldErrors(m: StaffMessages, fieldErrors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fieldErrors).map(([field, code]) => [field, userErrorText(m, code)]));
}
