/**
 * Helpers shared by the webhook server actions (this module is not itself a 'use server'
 * file): reading the webhook form into the raw input the lib/webhooks functions validate,
 * and turning their message keys into English sentences shown next to each field.
 */
import { z } from 'zod';
import type { Db } from '@/db/client';
import { isWebhookId } from '@/db/queries/webhooks';
import { currentSsrfOptions } from '@/lib/delivery/ssrf-policy';
import { checkWebhookInput } from '@/lib/webhooks/create-webhook';
import { env } from '@/lib/env';
import { CONTROL_CHARACTERS_KEY, CONTROL_CHARACTERS_MESSAGE, hasNoControlCharacters } from '@/lib/plain-text';
import { MAX_IN_FLIGHT_MAX, MAX_IN_FLIGHT_MIN, validateWebhookUrl, webhookInputSchema } from '@/lib/webhooks/webhook-schema';

const str = (v: FormDataEntryValue | null | undefined) => (typeof v === 'string' ? v : '');
const strs = (fd: FormData, name: string) => fd.getAll(name).filter((v): v is string => typeof v === 'string');

/** Custom header rows are posted as header.<n>.name / header.<n>.value / header.<n>.keep. */
const HEADER_ROW = /^header\.(\d{1,3})\.name$/;
const MAX_HEADER_ROWS = 50;

function webhookIdFrom(formData: FormData): string {
  return str(formData.get('webhookId')).trim().toLowerCase();
}

/** The `parse` of every action on one webhook: its id (lower case), or "this webhook no longer exists". */
export const webhookIdParse = {
  schema: z.object({ webhookId: z.string().refine(isWebhookId) }),
  input: (formData: FormData) => ({ webhookId: webhookIdFrom(formData) }),
  invalid: () => ({ status: 'error', error: 'notFound', message: NOT_FOUND }) as const,
};

export interface ParsedWebhookForm {
  /** The raw input for createWebhook / updateWebhook (validated there). */
  raw: Record<string, unknown>;
  /** Problems found while reading the form itself (per header row, stray characters). */
  errors: Record<string, string>;
}

/**
 * Reads the form. `storedHeaders`: on edit, the webhook's current custom headers, so a row the
 * form showed masked (its value never left the server) keeps its value when left empty.
 */
export function webhookRawFromFormData(fd: FormData, storedHeaders: Record<string, string> = {}): ParsedWebhookForm {
  const errors: Record<string, string> = {};
  const text = (name: string) => {
    const v = str(fd.get(name));
    if (!hasNoControlCharacters(v)) errors[name] = CONTROL_CHARACTERS_MESSAGE;
    return v.replaceAll('\0', '');
  };

  const eventsMode = str(fd.get('eventsMode'));
  const events = eventsMode === 'lead' ? ['lead.created'] : eventsMode === 'all' ? ['*'] : eventsMode === 'custom' ? strs(fd, 'events') : [];
  const programsMode = str(fd.get('programsMode'));

  const rows = [...fd.keys()]
    .map((k) => HEADER_ROW.exec(k)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .filter((n, i, all) => n < MAX_HEADER_ROWS && all.indexOf(n) === i)
    .sort((a, b) => a - b);
  const customHeaders: Record<string, string> = {};
  const seen = new Map<string, number>();
  const storedByLower = new Map(Object.entries(storedHeaders).map(([k, v]) => [k.toLowerCase(), v]));
  for (const n of rows) {
    const nameField = `header.${n}.name`;
    const valueField = `header.${n}.value`;
    const name = str(fd.get(nameField)).trim();
    let value = str(fd.get(valueField));
    const keep = str(fd.get(`header.${n}.keep`)).trim().toLowerCase();
    if (value === '' && keep !== '') value = storedByLower.get(keep) ?? storedByLower.get(name.toLowerCase()) ?? '';
    if (name === '' && value === '') continue;
    if (name === '') {
      errors[nameField] = 'Enter the header name, or clear its value.';
      continue;
    }
    const lower = name.toLowerCase();
    if (seen.has(lower)) {
      errors[nameField] = `“${name}” is already used above: each header name once.`;
      continue;
    }
    seen.set(lower, n);
    // The domain's own rules, one row at a time, so the message lands next to its row.
    const one = webhookInputSchema.shape.customHeaders.safeParse({ [name]: value });
    if (!one.success) {
      for (const issue of one.error.issues) {
        const onValue = issue.message === 'invalidHeaderValue' || issue.message === 'tooLong';
        const field = onValue ? valueField : nameField;
        errors[field] ??= headerMessage(issue.message);
      }
      continue;
    }
    customHeaders[name] = value;
  }
  if (rows.length > 0 && Object.keys(errors).some((k) => k.startsWith('header.'))) errors.customHeaders ??= 'Check the custom headers below.';

  const maxInFlight = text('maxInFlight').trim();
  const raw = {
    url: text('url'),
    description: text('description'),
    contentType: str(fd.get('contentType')),
    verification: str(fd.get('verification')),
    secret: text('secret'),
    events,
    allPrograms: programsMode !== 'chosen',
    programIds: programsMode === 'chosen' ? strs(fd, 'programIds') : [],
    sslVerify: fd.get('sslVerify') === 'on',
    customHeaders,
    ordered: fd.get('ordered') === 'on',
    active: fd.get('active') === 'on',
    // Empty: the platform default. Digits become a number; anything else stays text, which the schema refuses.
    maxInFlight: maxInFlight === '' ? null : /^\d{1,9}$/.test(maxInFlight) ? Number(maxInFlight) : maxInFlight,
  };
  return { raw, errors };
}

function headerMessage(key: string): string {
  switch (key) {
    case 'tooManyHeaders':
      return 'At most 10 custom headers.';
    case 'invalidHeaderName':
      return 'Use letters, digits and - _ . (no spaces or colons), up to 100 characters.';
    case 'reservedHeader':
      return 'Puente sets this header itself: choose another name.';
    case 'connectionHeader':
      return 'This header controls the connection or how the body is framed, not the request: it cannot be set per webhook.';
    case 'invalidHeaderValue':
      return 'A header value cannot contain line breaks or other control characters.';
    case 'tooLong':
      return 'Too long: at most 1,000 characters.';
    default:
      return 'Check this header.';
  }
}

const MESSAGES: Record<string, Record<string, string>> = {
  url: { required: 'Enter the payload URL.', tooLong: 'The URL is too long: at most 2,048 characters.', [CONTROL_CHARACTERS_KEY]: CONTROL_CHARACTERS_MESSAGE },
  description: { tooLong: 'Too long: at most 200 characters.', [CONTROL_CHARACTERS_KEY]: CONTROL_CHARACTERS_MESSAGE },
  contentType: {},
  verification: {},
  secret: {
    invalidSecret: 'The secret must be whsec_ followed by the base64 of 24 to 64 random bytes. Leave it empty to have one generated.',
  },
  events: { chooseEvent: 'Choose at least one event.' },
  programIds: {
    chooseProgram: 'Choose at least one program, or choose “All programs”.',
    programUnavailable: 'One of the chosen programs is no longer in this department. Reload the page and choose again.',
  },
  customHeaders: {},
};

const FALLBACK: Record<string, string> = {
  url: 'Enter a valid URL.',
  description: 'Check the description.',
  contentType: 'Choose a content type.',
  verification: 'Choose a verification style.',
  secret: 'Check the secret.',
  events: 'Choose events from the list.',
  programIds: 'Choose programs from the list.',
  sslVerify: 'Check this option.',
  ordered: 'Check this option.',
  active: 'Check this option.',
};

function maxInFlightMessage(): string {
  return `Enter a whole number from ${MAX_IN_FLIGHT_MIN} to ${MAX_IN_FLIGHT_MAX}, or leave it empty for the platform default (${env().PUENTE_WEBHOOK_MAX_IN_FLIGHT}).`;
}

/** The domain's message keys as sentences. The URL's SSRF errors already are sentences. */
export function describeWebhookErrors(fieldErrors: Partial<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, key] of Object.entries(fieldErrors)) {
    if (!key) continue;
    if (field === 'customHeaders') out[field] = headerMessage(key);
    else if (field === 'maxInFlight') out[field] = maxInFlightMessage();
    else if (field === 'url') out[field] = MESSAGES.url?.[key] ?? (/\s/.test(key) ? key : FALLBACK.url!);
    else out[field] = MESSAGES[field]?.[key] ?? FALLBACK[field] ?? 'Check this field.';
  }
  return out;
}

/**
 * Every problem with a refused form at once: the domain stops at its first stage (schema, then
 * URL rules, then programs), so the later stages are asked too, for the fields the earlier ones
 * did not already fault. `local`: problems found while reading the form.
 */
export async function allWebhookErrors(
  db: Db,
  departmentId: string,
  raw: Record<string, unknown>,
  local: Record<string, string>,
  domain?: Partial<Record<string, string>>,
): Promise<Record<string, string>> {
  let keys = domain;
  if (!keys) {
    const checked = await checkWebhookInput(db, departmentId, raw);
    keys = checked.ok ? {} : checked.fieldErrors;
  }
  const out = describeWebhookErrors(keys);
  const url = typeof raw.url === 'string' ? raw.url.trim() : '';
  if (!out.url && url !== '') {
    const urlError = validateWebhookUrl(url, await currentSsrfOptions());
    if (urlError) out.url = urlError;
  }
  if (!out.programIds && raw.allPrograms === false && Array.isArray(raw.programIds) && raw.programIds.length === 0) {
    out.programIds = describeWebhookErrors({ programIds: 'chooseProgram' }).programIds!;
  }
  return { ...out, ...local };
}

/** After enabling a webhook: the leads that arrived while it was disabled, offered for sending (or ''). */
export function missingAfterEnable(count: number): string {
  if (count === 0) return '';
  return ` ${count} ${count === 1 ? 'lead that arrived' : 'leads that arrived'} while it was disabled ${count === 1 ? 'was' : 'were'} not sent: use “Send them now” to send ${count === 1 ? 'it' : 'them'}.`;
}

export const INVALID = 'Check the highlighted fields.';
export const SERVER_ERROR = 'Something went wrong on our side. Reload the page to see what was saved, then try again.';
export const NOT_FOUND = 'This webhook no longer exists in this department.';
