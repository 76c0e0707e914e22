/**
 * Turns the department application's message keys (lib/departments/application-schema and
 * apply-for-department) into text in the applicant's language, with the field's limits filled in.
 */
import { APPLICATION_LIMITS, type ApplicationField, type ApplicationFormError } from '../departments/application-schema';
import type { Messages } from './messages';

const MIN: Partial<Record<ApplicationField, number>> = {
  departmentName: APPLICATION_LIMITS.departmentName.min,
  contactName: APPLICATION_LIMITS.name.min,
  requesterName: APPLICATION_LIMITS.name.min,
  reason: APPLICATION_LIMITS.reason.min,
};

const MAX: Record<ApplicationField, number> = {
  departmentName: APPLICATION_LIMITS.departmentName.max,
  acronym: APPLICATION_LIMITS.acronym.max,
  contactName: APPLICATION_LIMITS.name.max,
  contactEmail: APPLICATION_LIMITS.email.max,
  requesterName: APPLICATION_LIMITS.name.max,
  requesterEmail: APPLICATION_LIMITS.email.max,
  password: APPLICATION_LIMITS.password.max,
  passwordConfirm: APPLICATION_LIMITS.password.max,
  reason: APPLICATION_LIMITS.reason.max,
};

/** The text shown next to `field` for the message key `key`; unknown keys get a generic text. */
export function applicationFieldErrorText(m: Messages, field: ApplicationField, key: string): string {
  const e = m.register.errors;
  switch (key) {
    case 'required':
    case 'invalidEmail':
    case 'invalidAcronym':
    case 'passwordMismatch':
    case 'emailUnavailable':
    case 'invalidCharacters':
      return e[key];
    case 'tooShort':
      return e.tooShort(MIN[field] ?? 1);
    case 'tooLong':
      return e.tooLong(MAX[field]);
    case 'passwordTooShort':
      return e.passwordTooShort(APPLICATION_LIMITS.password.min);
    default:
      return e.invalid;
  }
}

const FORM_ERRORS: readonly ApplicationFormError[] = ['rateLimited', 'tooLarge', 'server'];

/** The text of a whole-form error; unknown keys read as 'server'. */
export function applicationFormErrorText(m: Messages, key: string): string {
  return (FORM_ERRORS as readonly string[]).includes(key) ? m.register.formErrors[key as ApplicationFormError] : m.register.formErrors.server;
}
