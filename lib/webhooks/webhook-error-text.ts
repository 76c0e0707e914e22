/**
 * The webhook domain's message keys (lib/webhooks/webhook-schema.ts, create-webhook.ts) as
 * sentences in a person's language: the dashboard's webhook form shows them next to each field,
 * REST API v1 puts the English ones in its problem details. One wording for both.
 */
import { env } from '../env';
import type { StaffMessages } from '../i18n/staff';
import { CONTROL_CHARACTERS_KEY } from '../plain-text';
import { urlErrorText } from './url-error-text';
import { MAX_IN_FLIGHT_MAX, MAX_IN_FLIGHT_MIN } from './webhook-schema';

export function headerMessage(key: string, m: StaffMessages): string {
  return m.webhooks.errors.header[key] ?? m.webhooks.errors.checkHeader;
}

/** The message for one field's key from the domain (lib/webhooks/webhook-schema.ts and create-webhook.ts). */
function fieldMessage(field: string, key: string, m: StaffMessages): string {
  const t = m.webhooks.errors;
  if (key === CONTROL_CHARACTERS_KEY && (field === 'url' || field === 'description')) return t.controlCharacters;
  switch (`${field}.${key}`) {
    case 'url.required':
      return t.urlRequired;
    case 'url.tooLong':
      return t.urlTooLong;
    case 'description.tooLong':
      return t.descriptionTooLong;
    case 'secret.invalidSecret':
      return t.invalidSecret;
    case 'events.chooseEvent':
      return t.chooseEvent;
    case 'programIds.chooseProgram':
      return t.chooseProgram;
    case 'programIds.programUnavailable':
      return t.programUnavailable;
  }
  // The URL's SSRF refusals are sentences of their own (lib/delivery/ssrf.ts).
  if (field === 'url' && /\s/.test(key)) return urlErrorText(key, m);
  return t.fallback[field] ?? t.checkField;
}

/** The domain's message keys as sentences in the viewer's language. */
export function describeWebhookErrors(fieldErrors: Partial<Record<string, string>>, m: StaffMessages): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, key] of Object.entries(fieldErrors)) {
    if (!key) continue;
    if (field === 'customHeaders') out[field] = headerMessage(key, m);
    else if (field === 'maxInFlight') out[field] = m.webhooks.errors.maxInFlight(MAX_IN_FLIGHT_MIN, MAX_IN_FLIGHT_MAX, env().PUENTE_WEBHOOK_MAX_IN_FLIGHT);
    else out[field] = fieldMessage(field, key, m);
  }
  return out;
}

