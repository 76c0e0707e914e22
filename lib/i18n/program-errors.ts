/**
 * Turns the program form's message keys (lib/programs/program-schema, and the webhook part of
 * lib/programs/create-program-with-webhook) into text in the staff member's language, with the
 * field's limits filled in. Pure: the form (before submitting) and the actions both use it.
 * A refused webhook URL's reason (lib/delivery/ssrf.ts) comes only from the server, which words
 * it with lib/webhooks/url-error-text.ts and passes that in as `urlReasonText`.
 */
import { CONTROL_CHARACTERS_KEY } from '../plain-text';
import { PROGRAM_LIMITS, type ProgramField } from '../programs/program-schema';
import type { Locale } from './locale';
import { formatCount } from './numbers';
import type { StaffMessages } from './staff';

type TextField = Exclude<ProgramField, 'kind'>;

const TEXT_LIMITS: Record<TextField, { min: number; max: number }> = {
  titleEs: PROGRAM_LIMITS.title,
  titleEn: PROGRAM_LIMITS.title,
  summaryEs: PROGRAM_LIMITS.summary,
  summaryEn: PROGRAM_LIMITS.summary,
  descriptionEs: PROGRAM_LIMITS.description,
  descriptionEn: PROGRAM_LIMITS.description,
};

/** The webhook URL's longest length (lib/webhooks/webhook-schema). */
const WEBHOOK_URL_MAX = 2048;

function isTextField(field: string): field is TextField {
  return field in TEXT_LIMITS;
}

/** Words a refused webhook URL's reason, e.g. "address not allowed: 10.0.0.1 is a private network address". */
export type UrlReasonText = (reason: string) => string;

function webhookErrorText(m: StaffMessages, locale: Locale, field: 'webhookUrl' | 'webhookSecret', key: string, urlReasonText?: UrlReasonText): string {
  const t = m.programs.errors;
  switch (key) {
    case 'required':
      return t.webhookRequired;
    case 'tooLong':
      return t.webhookTooLong(formatCount(WEBHOOK_URL_MAX, locale));
    case 'invalidSecret':
      return t.webhookInvalidSecret;
    case 'urlOrClearSecret':
      return t.webhookUrlOrClearSecret;
    case 'checkWebhook':
      return t.webhookCheck;
    case CONTROL_CHARACTERS_KEY:
      return t.invalidCharacters;
    default:
      return field === 'webhookUrl' && urlReasonText ? urlReasonText(key) : t.checkField;
  }
}

/** The text shown next to `field` for the message key `key`. */
export function programErrorText(m: StaffMessages, locale: Locale, field: string, key: string, urlReasonText?: UrlReasonText): string {
  const t = m.programs.errors;
  if (field === 'webhookUrl' || field === 'webhookSecret') return webhookErrorText(m, locale, field, key, urlReasonText);
  if (key === CONTROL_CHARACTERS_KEY) return t.invalidCharacters;
  if (field === 'kind') return t.chooseKind;
  if (!isTextField(field)) return t.checkField;
  const { min, max } = TEXT_LIMITS[field];
  switch (key) {
    case 'required':
      return t.required[field];
    case 'tooShort':
      return t.tooShort(formatCount(min, locale));
    case 'tooLong':
      return t.tooLong(formatCount(max, locale));
    default:
      return t.checkField;
  }
}

/** Every field's key turned into text: `fieldErrors: programErrorTexts(m, locale, r.fieldErrors)`. */
export function programErrorTexts(m: StaffMessages, locale: Locale, fieldErrors: Record<string, string>, urlReasonText?: UrlReasonText): Record<string, string> {
  return Object.fromEntries(Object.entries(fieldErrors).map(([field, key]) => [field, programErrorText(m, locale, field, key, urlReasonText)]));
}
