/**
 * The department application form's one zod schema, shared by the register page and the
 * server. Error messages are message keys (see `register.errors` in lib/i18n/messages.ts) so
 * each side shows them in the applicant's language. Kept free of server-only imports: the
 * register form (a client component) reads the limits from here.
 */
import { z } from 'zod';
import { CONTROL_CHARACTERS_KEY, hasNoControlCharacters } from '../plain-text';

export const APPLICATION_LIMITS = {
  departmentName: { min: 3, max: 160 },
  acronym: { max: 20 },
  name: { min: 2, max: 120 },
  email: { max: 254 },
  /** The same minimum as lib/auth/passwords (PASSWORD_MIN_LENGTH); a test keeps them equal. */
  password: { min: 12, max: 200 },
  reason: { min: 10, max: 2000 },
} as const;

export const APPLICATION_FIELDS = [
  'departmentName',
  'acronym',
  'contactName',
  'contactEmail',
  'requesterName',
  'requesterEmail',
  'password',
  'passwordConfirm',
  'reason',
] as const;
export type ApplicationField = (typeof APPLICATION_FIELDS)[number];
export type ApplicationFieldErrors = Partial<Record<ApplicationField, string>>;

/** Fields whose value may be sent back to the form after a rejected submit (never passwords). */
export const ECHOED_FIELDS = ['departmentName', 'acronym', 'contactName', 'contactEmail', 'requesterName', 'requesterEmail', 'reason'] as const;

const text = (min: number, max: number) =>
  z
    .string()
    .refine(hasNoControlCharacters, CONTROL_CHARACTERS_KEY)
    .trim()
    .min(1, 'required')
    .max(max, 'tooLong')
    .refine((v) => v.length >= min, 'tooShort');

const email = z.string().refine(hasNoControlCharacters, CONTROL_CHARACTERS_KEY).trim().toLowerCase().min(1, 'required').max(APPLICATION_LIMITS.email.max, 'tooLong').pipe(z.email('invalidEmail'));

export const applicationSchema = z
  .object({
    departmentName: text(APPLICATION_LIMITS.departmentName.min, APPLICATION_LIMITS.departmentName.max),
    acronym: z
      .string()
      .refine(hasNoControlCharacters, CONTROL_CHARACTERS_KEY)
      .trim()
      .max(APPLICATION_LIMITS.acronym.max, 'tooLong')
      .refine((v) => /^[\p{L}\p{N} .&-]*$/u.test(v), 'invalidAcronym')
      .default(''),
    contactName: text(APPLICATION_LIMITS.name.min, APPLICATION_LIMITS.name.max),
    contactEmail: email,
    requesterName: text(APPLICATION_LIMITS.name.min, APPLICATION_LIMITS.name.max),
    requesterEmail: email,
    // Passwords are not trimmed: what the person typed is what they will type to sign in.
    password: z
      .string()
      .min(1, 'required')
      .max(APPLICATION_LIMITS.password.max, 'tooLong')
      .refine((v) => v.length >= APPLICATION_LIMITS.password.min, 'passwordTooShort'),
    passwordConfirm: z.string().min(1, 'required'),
    reason: text(APPLICATION_LIMITS.reason.min, APPLICATION_LIMITS.reason.max),
  })
  .refine((v) => v.password === v.passwordConfirm, { path: ['passwordConfirm'], message: 'passwordMismatch' });

export type ApplicationInput = z.infer<typeof applicationSchema>;

/** What the form posts, in the schema's input shape. Unknown keys are ignored. */
export function applicationInputFromFormData(form: FormData): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const field of APPLICATION_FIELDS) {
    const v = form.get(field);
    out[field] = typeof v === 'string' ? v : undefined;
  }
  return out;
}

/** The first message key per field, as the form shows one reason next to each field. */
export function applicationFieldErrorsOf(error: z.ZodError): ApplicationFieldErrors {
  const out: ApplicationFieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path[0] as ApplicationField | undefined;
    if (field && (APPLICATION_FIELDS as readonly string[]).includes(field) && !(field in out)) out[field] = issue.message;
  }
  return out;
}

export type ApplicationFormError = 'rateLimited' | 'tooLarge' | 'server';

/** What the application action returns to the register form (via useActionState). */
export type ApplicationFormState =
  | { status: 'idle' }
  | {
      status: 'invalid';
      fieldErrors: ApplicationFieldErrors;
      formError?: ApplicationFormError;
      /** What was typed, passwords excluded, so a rejected form keeps it. */
      values: Partial<Record<ApplicationField, string>>;
    }
  | { status: 'ok'; departmentName: string; email: string };

export const INITIAL_APPLICATION_STATE: ApplicationFormState = { status: 'idle' };
