/**
 * The zod schemas of the people forms (invite, role, new account, password), shared by the
 * dashboard forms and the server actions and domain functions that check them again.
 * Their messages are codes (USER_ERROR_CODES): lib/i18n/user-errors.ts turns them into the
 * person's language.
 *
 * Imported by client components: keep it free of database and Node imports.
 */
import { z } from 'zod';
import { CONTROL_CHARACTERS_KEY, hasNoControlCharacters } from '../plain-text';

export const PASSWORD_MIN = 12;
/** bcrypt reads at most 72 bytes; sign-in cuts at 200 characters, so a longer one could never be typed back. */
export const PASSWORD_MAX = 200;

export const MEMBER_ROLES = ['staff', 'admin'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** What the people forms can say about a field; the text for each is in the staff catalogue (account.fieldErrors). */
export const USER_ERROR_CODES = [
  'emailRequired',
  'emailTooLong',
  'emailInvalid',
  'roleRequired',
  'passwordRequired',
  'passwordTooShort',
  'passwordTooLong',
  'nameRequired',
  'nameTooLong',
  'confirmRequired',
  'newConfirmRequired',
  'passwordsDiffer',
  'currentPasswordRequired',
  'currentPasswordWrong',
  'samePassword',
  'alreadyMember',
  'alreadyInvited',
  CONTROL_CHARACTERS_KEY,
] as const;
export type UserErrorCode = (typeof USER_ERROR_CODES)[number];

/** A field error code, checked by the compiler where the schemas name one. */
const E = (code: UserErrorCode): UserErrorCode => code;

const email = z
  .string(E('emailRequired'))
  .refine(hasNoControlCharacters, E(CONTROL_CHARACTERS_KEY))
  .trim()
  .min(1, E('emailRequired'))
  .max(254, E('emailTooLong'))
  .pipe(z.email(E('emailInvalid')))
  .transform((v) => v.toLowerCase());

const role = z.enum(MEMBER_ROLES, E('roleRequired'));

export const newPassword = z
  .string(E('passwordRequired'))
  .min(1, E('passwordRequired'))
  .min(PASSWORD_MIN, E('passwordTooShort'))
  .max(PASSWORD_MAX, E('passwordTooLong'));

export const invitationInputSchema = z.object({ email, role });
export type InvitationInput = z.infer<typeof invitationInputSchema>;

export const roleInputSchema = z.object({ role });

export const NAME_MAX = 120;
const name = z.string(E('nameRequired')).refine(hasNoControlCharacters, E(CONTROL_CHARACTERS_KEY)).trim().min(1, E('nameRequired')).max(NAME_MAX, E('nameTooLong'));

/** Accepting an invitation with a new account: the email is the invitation's, never typed. */
export const newAccountSchema = z
  .object({ name, password: newPassword, confirm: z.string(E('confirmRequired')) })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: E('passwordsDiffer') });
export type NewAccountInput = z.infer<typeof newAccountSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string(E('currentPasswordRequired')).min(1, E('currentPasswordRequired')).max(PASSWORD_MAX, E('currentPasswordWrong')),
    newPassword,
    confirm: z.string(E('newConfirmRequired')),
  })
  .refine((v) => v.newPassword === v.confirm, { path: ['confirm'], message: E('passwordsDiffer') })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ['newPassword'], message: E('samePassword') });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export type FieldErrors = Record<string, string>;

/** The first message (code) per field: the forms show one reason next to each field. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'form');
    out[key] ??= issue.message;
  }
  return out;
}

/** A FormData entry as a string ('' when missing or a file). */
export function formString(fd: FormData, key: string): string {
  const v = fd.get(key);
  return typeof v === 'string' ? v : '';
}
