/**
 * Helpers shared by the webhook server actions (this module is not itself a 'use server'
 * file): reading the webhook form into the raw input the lib/webhooks functions validate,
 * and turning their message keys into sentences, in the viewer's language, shown next to
 * each field.
 */
import { z } from 'zod';
import type { Db } from '@/db/client';
import { isWebhookId } from '@/db/queries/webhooks';
import { currentSsrfOptions } from '@/lib/delivery/ssrf-policy';
import { checkWebhookInput } from '@/lib/webhooks/create-webhook';
import type { Locale } from '@/lib/i18n/locale';
import { staffMessages, type StaffMessages } from '@/lib/i18n/staff';
import { hasNoControlCharacters } from '@/lib/plain-text';
import { urlErrorText } from '@/lib/webhooks/url-error-text';
import { describeWebhookErrors, headerMessage } from '@/lib/webhooks/webhook-error-text';

export { describeWebhookErrors };
import { validateWebhookUrl, webhookInputSchema } from '@/lib/webhooks/webhook-schema';

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
  invalid: (_error: unknown, locale: Locale) => ({ status: 'error', error: 'notFound', message: staffMessages(locale).webhooks.results.notFound }) as const,
};

/** The server-error answer of the webhook actions: reload to see what was saved. */
export const serverError = (m: StaffMessages) => m.webhooks.results.serverError;

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
export function webhookRawFromFormData(fd: FormData, m: StaffMessages, storedHeaders: Record<string, string> = {}): ParsedWebhookForm {
  const t = m.webhooks.errors;
  const errors: Record<string, string> = {};
  const text = (name: string) => {
    const v = str(fd.get(name));
    if (!hasNoControlCharacters(v)) errors[name] = t.controlCharacters;
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
      errors[nameField] = t.headerNameMissing;
      continue;
    }
    const lower = name.toLowerCase();
    if (seen.has(lower)) {
      errors[nameField] = t.headerDuplicate(name);
      continue;
    }
    seen.set(lower, n);
    // The domain's own rules, one row at a time, so the message lands next to its row.
    const one = webhookInputSchema.shape.customHeaders.safeParse({ [name]: value });
    if (!one.success) {
      for (const issue of one.error.issues) {
        const onValue = issue.message === 'invalidHeaderValue' || issue.message === 'tooLong';
        const field = onValue ? valueField : nameField;
        errors[field] ??= headerMessage(issue.message, m);
      }
      continue;
    }
    customHeaders[name] = value;
  }
  if (rows.length > 0 && Object.keys(errors).some((k) => k.startsWith('header.'))) errors.customHeaders ??= t.checkHeaders;

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
    // Posted by the form's select: empty is "always the newest" (null); a form without the field leaves it unchanged.
    ...(fd.has('envelopeVersion') ? { envelopeVersion: str(fd.get('envelopeVersion')).trim() || null } : {}),
  };
  return { raw, errors };
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
  m: StaffMessages,
  local: Record<string, string>,
  domain?: Partial<Record<string, string>>,
): Promise<Record<string, string>> {
  let keys = domain;
  if (!keys) {
    const checked = await checkWebhookInput(db, departmentId, raw);
    keys = checked.ok ? {} : checked.fieldErrors;
  }
  const out = describeWebhookErrors(keys, m);
  const url = typeof raw.url === 'string' ? raw.url.trim() : '';
  if (!out.url && url !== '') {
    const urlError = validateWebhookUrl(url, await currentSsrfOptions());
    if (urlError) out.url = urlErrorText(urlError, m);
  }
  if (!out.programIds && raw.allPrograms === false && Array.isArray(raw.programIds) && raw.programIds.length === 0) {
    out.programIds = m.webhooks.errors.chooseProgram;
  }
  return { ...out, ...local };
}

/** After enabling a webhook: the leads that arrived while it was disabled, offered for sending (or ''). */
export function missingAfterEnable(count: number, m: StaffMessages): string {
  return count === 0 ? '' : ` ${m.webhooks.results.missingAfterEnable(count)}`;
}
