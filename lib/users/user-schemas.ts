/**
 * The zod schemas of the people forms (invite, role, new account, password), shared by the
 * dashboard forms and the server actions and domain functions that check them again.
 * The dashboard is English-only, so messages are plain sentences shown next to the fields.
 *
 * Imported by client components: keep it free of database and Node imports.
 */
import { z } from 'zod';
import { CONTROL_CHARACTERS_MESSAGE, hasNoControlCharacters } from '../plain-text';

export const PASSWORD_MIN = 12;
/** bcrypt reads at most 72 bytes; sign-in cuts at 200 characters, so a longer one could never be typed back. */
export const PASSWORD_MAX = 200;

export const MEMBER_ROLES = ['staff', 'admin'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const ROLE_LABELS: Record<MemberRole, string> = { staff: 'Staff', admin: 'Department admin' };

const email = z
  .string('Enter an email address.')
  .refine(hasNoControlCharacters, CONTROL_CHARACTERS_MESSAGE)
  .trim()
  .min(1, 'Enter an email address.')
  .max(254, 'Use at most 254 characters.')
  .pipe(z.email('Enter an email address like name@agency.pr.gov.'))
  .transform((v) => v.toLowerCase());

const role = z.enum(MEMBER_ROLES, 'Choose staff or department admin.');

export const newPassword = z
  .string('Enter a password.')
  .min(1, 'Enter a password.')
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`);

export const invitationInputSchema = z.object({ email, role });
export type InvitationInput = z.infer<typeof invitationInputSchema>;

export const roleInputSchema = z.object({ role });

const name = z.string('Enter your name.').refine(hasNoControlCharacters, CONTROL_CHARACTERS_MESSAGE).trim().min(1, 'Enter your name.').max(120, 'Use at most 120 characters.');

/** Accepting an invitation with a new account: the email is the invitation's, never typed. */
export const newAccountSchema = z
  .object({ name, password: newPassword, confirm: z.string('Type the password again.') })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'The two passwords are not the same.' });
export type NewAccountInput = z.infer<typeof newAccountSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string('Enter your current password.').min(1, 'Enter your current password.').max(PASSWORD_MAX, 'That is not your current password.'),
    newPassword,
    confirm: z.string('Type the new password again.'),
  })
  .refine((v) => v.newPassword === v.confirm, { path: ['confirm'], message: 'The two passwords are not the same.' })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ['newPassword'], message: 'Choose a password different from the current one.' });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export type FieldErrors = Record<string, string>;

/** The first message per field: the forms show one reason next to each field. */
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
