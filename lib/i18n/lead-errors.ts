/**
 * Turns the lead form's message keys (from lib/leads/lead-schema and the lead action) into
 * text in the applicant's language, with the field's limits filled in.
 */
import { LEAD_LIMITS, type LeadField } from '../leads/lead-schema';
import type { LeadErrorKey, LeadFormErrorKey, Messages } from './messages';

/** The schema's minimum for the name (see leadSchema: `v.length >= 2`). */
const NAME_MIN_LENGTH = 2;

const LENGTH_LIMITS: Partial<Record<LeadField, number>> = {
  name: LEAD_LIMITS.name,
  email: LEAD_LIMITS.email,
  phone: LEAD_LIMITS.phone,
  businessName: LEAD_LIMITS.businessName,
  message: LEAD_LIMITS.message,
};

const KNOWN_KEYS: readonly LeadErrorKey[] = [
  'required',
  'tooShort',
  'tooLong',
  'invalidEmail',
  'invalidPhone',
  'chooseOne',
  'chooseProgram',
  'tooMany',
  'consentRequired',
  'programUnavailable',
  'invalidCharacters',
];

function isLeadErrorKey(key: string): key is LeadErrorKey {
  return (KNOWN_KEYS as readonly string[]).includes(key);
}

/** The text shown next to `field` for the message key `key`; unknown keys get a generic text. */
export function leadFieldErrorText(m: Messages, field: LeadField, key: string): string {
  if (!isLeadErrorKey(key)) return m.errors.invalid;
  switch (key) {
    case 'tooShort':
      return m.errors.tooShort(NAME_MIN_LENGTH);
    case 'tooLong':
      return m.errors.tooLong(LENGTH_LIMITS[field] ?? LEAD_LIMITS.message);
    case 'tooMany':
      return m.errors.tooMany(LEAD_LIMITS.programs);
    default:
      return m.errors[key];
  }
}

const FORM_ERROR_KEYS: readonly LeadFormErrorKey[] = ['rateLimited', 'tooLarge', 'unavailable', 'server'];

/** The text of a whole-form error (rate limit, size, outage); unknown keys read as 'server'. */
export function leadFormErrorText(m: Messages, key: string): string {
  return (FORM_ERROR_KEYS as readonly string[]).includes(key) ? m.formErrors[key as LeadFormErrorKey] : m.formErrors.server;
}
