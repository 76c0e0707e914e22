/**
 * The webhook form's zod schema, shared by the dashboard form and the domain functions.
 * Messages are message keys, translated by the UI. The URL's SSRF check needs the live
 * allowlist, so it runs in validateWebhookUrl, not here.
 */
import { z } from 'zod';
import { CONTROL_CHARACTERS_KEY, hasNoControlCharacters } from '../plain-text';
import { isValidWebhookSecret } from '../secrets/webhook-secret';
import { isEnvelopeVersion } from '../delivery/envelope';
import { parseWebhookUrl, type SsrfOptions } from '../delivery/ssrf';

export const WEBHOOK_EVENTS = ['lead.created', 'ping'] as const;
export const MAX_IN_FLIGHT_MIN = 1;
export const MAX_IN_FLIGHT_MAX = 100;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** Headers Puente sets itself; a custom header may not replace them. */
const RESERVED_HEADERS = /^(content-type|content-length|host|user-agent|webhook-.*|x-hub-.*|x-github-.*|x-puente-.*)$/i;
/**
 * Hop-by-hop and message-framing headers (RFC 9110 §7.6.1, §10.1.1): they describe one
 * connection or how the body is framed, not the request, and a wrong one makes the request
 * impossible to send (a `Trailer` on a body with a length) or ambiguous to a proxy.
 */
const CONNECTION_HEADERS = /^(connection|keep-alive|transfer-encoding|te|trailer|upgrade|expect|proxy-.*|content-encoding)$/i;
const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}$/;

const customHeaders = z
  .record(z.string(), z.string().max(1000, 'tooLong'))
  .default({})
  .superRefine((h, ctx) => {
    const entries = Object.entries(h);
    if (entries.length > 10) ctx.addIssue({ code: 'custom', message: 'tooManyHeaders' });
    for (const [name, value] of entries) {
      if (!HEADER_NAME.test(name)) ctx.addIssue({ code: 'custom', message: 'invalidHeaderName' });
      else if (RESERVED_HEADERS.test(name)) ctx.addIssue({ code: 'custom', message: 'reservedHeader' });
      else if (CONNECTION_HEADERS.test(name)) ctx.addIssue({ code: 'custom', message: 'connectionHeader' });
      // Line breaks would split the header; other control characters are not valid in a field value (RFC 9110 §5.5).
      if (/[\r\n]/.test(value) || !hasNoControlCharacters(value)) ctx.addIssue({ code: 'custom', message: 'invalidHeaderValue' });
    }
  });

export const webhookInputSchema = z.object({
  url: z.string().refine(hasNoControlCharacters, CONTROL_CHARACTERS_KEY).trim().min(1, 'required').max(2048, 'tooLong'),
  description: z.string().refine(hasNoControlCharacters, CONTROL_CHARACTERS_KEY).trim().max(200, 'tooLong').default(''),
  contentType: z.enum(['json', 'form']).default('json'),
  verification: z.enum(['signature', 'token']).default('signature'),
  /** Empty: generate one. */
  secret: z
    .string()
    .trim()
    .default('')
    .refine((s) => s === '' || isValidWebhookSecret(s), 'invalidSecret'),
  /** ['*'] for every event. */
  events: z
    .array(z.enum([...WEBHOOK_EVENTS, '*']))
    .min(1, 'chooseEvent')
    .default(['lead.created']),
  allPrograms: z.boolean().default(true),
  programIds: z.array(z.uuid()).max(200).default([]),
  sslVerify: z.boolean().default(true),
  customHeaders,
  ordered: z.boolean().default(false),
  active: z.boolean().default(true),
  /** The dated envelope version to pin (lib/delivery/envelope.ts); null: always the newest; absent: unchanged. */
  envelopeVersion: z
    .string()
    .nullable()
    .optional()
    .refine((v) => v === undefined || v === null || isEnvelopeVersion(v), 'unknownVersion'),
  /** Requests in flight to this webhook at once, 1–100; null (or absent): the platform default. */
  maxInFlight: z
    .number({ error: 'maxInFlightRange' })
    .int('maxInFlightRange')
    .min(MAX_IN_FLIGHT_MIN, 'maxInFlightRange')
    .max(MAX_IN_FLIGHT_MAX, 'maxInFlightRange')
    .nullable()
    .default(null),
});

export type WebhookInput = z.infer<typeof webhookInputSchema>;
export type WebhookFieldErrors = Partial<Record<keyof WebhookInput, string>>;

export function webhookFieldErrors(error: z.ZodError): WebhookFieldErrors {
  const out: WebhookFieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path[0] as keyof WebhookInput | undefined;
    if (field && !(field in out)) out[field] = issue.message;
  }
  return out;
}

/** The URL rules a save must pass: scheme, no credentials, and the SSRF rules for IP literals. */
export function validateWebhookUrl(url: string, ssrf: SsrfOptions): string | null {
  const parsed = parseWebhookUrl(url, ssrf);
  return parsed.ok ? null : parsed.error;
}
