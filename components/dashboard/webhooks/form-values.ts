import type { StaffMessages } from '@/lib/i18n/staff';
import { isEnvelopeVersion } from '@/lib/delivery/envelope';
import { isSensitiveHeaderName } from '@/lib/webhooks/sensitive-headers';

/** One custom header row of the form. `keep`: the stored name whose value was withheld (masked). */
export interface HeaderRow {
  key: number;
  name: string;
  value: string;
  keep: string;
}

export type EventsMode = 'lead' | 'all' | 'custom';

/** What the webhook form holds while it is being edited; the server action reads the same fields. */
export interface WebhookFormValues {
  url: string;
  description: string;
  contentType: 'json' | 'form';
  secret: string;
  verification: 'signature' | 'token';
  eventsMode: EventsMode;
  events: string[];
  programsMode: 'all' | 'chosen';
  programIds: string[];
  sslVerify: boolean;
  headers: HeaderRow[];
  ordered: boolean;
  active: boolean;
  /** As typed; empty: the platform default. */
  maxInFlight: string;
  /** The pinned envelope version; empty: always the newest (lib/delivery/envelope.ts). */
  envelopeVersion: string;
}

export const MAX_HEADERS = 10;
/** The events a webhook can choose; their explanations are `m.webhooks.form.eventHints`. */
export const SELECTABLE_EVENTS = ['lead.created', 'ping'] as const;

export const EMPTY_WEBHOOK_VALUES: WebhookFormValues = {
  url: '',
  description: '',
  contentType: 'json',
  secret: '',
  verification: 'signature',
  eventsMode: 'lead',
  events: ['lead.created'],
  programsMode: 'all',
  programIds: [],
  sslVerify: true,
  headers: [],
  ordered: false,
  active: true,
  maxInFlight: '',
  envelopeVersion: '',
};

export function eventsModeOf(events: readonly string[]): EventsMode {
  if (events.includes('*')) return 'all';
  if (events.length === 1 && events[0] === 'lead.created') return 'lead';
  return 'custom';
}

/**
 * The edit form's starting values. Runs on the server: a header value that looks like a
 * credential is left out here, so it never reaches the browser.
 */
export function formValuesFromWebhook(w: {
  url: string;
  description: string;
  contentType: 'json' | 'form';
  verification: 'signature' | 'token';
  events: string[];
  allPrograms: boolean;
  programIds: string[];
  sslVerify: boolean;
  customHeaders: Record<string, string>;
  ordered: boolean;
  active: boolean;
  maxInFlight: number | null;
  envelopeVersion: string | null;
}): WebhookFormValues {
  return {
    url: w.url,
    description: w.description,
    contentType: w.contentType,
    secret: '',
    verification: w.verification,
    eventsMode: eventsModeOf(w.events),
    events: w.events.filter((e) => e !== '*'),
    programsMode: w.allPrograms ? 'all' : 'chosen',
    programIds: w.programIds,
    sslVerify: w.sslVerify,
    headers: Object.entries(w.customHeaders).map(([name, value], i) =>
      isSensitiveHeaderName(name) ? { key: i, name, value: '', keep: name } : { key: i, name, value, keep: '' },
    ),
    ordered: w.ordered,
    active: w.active,
    maxInFlight: w.maxInFlight === null ? '' : String(w.maxInFlight),
    // A version no longer offered shows as "always the newest", which is what it gets.
    envelopeVersion: isEnvelopeVersion(w.envelopeVersion) ? w.envelopeVersion : '',
  };
}

/** Field → the id of the element an error summary link focuses. */
export function fieldId(field: string): string {
  const header = /^header\.(\d+)\.(name|value)$/.exec(field);
  if (header) return `webhook-header-${header[1]}-${header[2]}`;
  const ids: Record<string, string> = {
    url: 'webhook-url',
    description: 'webhook-description',
    contentType: 'webhook-content-type',
    secret: 'webhook-secret',
    verification: 'webhook-verification-signature',
    events: 'webhook-events-custom',
    programIds: 'webhook-programs-chosen',
    sslVerify: 'webhook-ssl-verify',
    customHeaders: 'webhook-headers-add',
    ordered: 'webhook-ordered',
    active: 'webhook-active',
    maxInFlight: 'webhook-max-in-flight',
    envelopeVersion: 'webhook-envelope-version',
  };
  return ids[field] ?? `webhook-${field}`;
}

/** Field → its name in the error summary. */
export function fieldLabel(field: string, m: StaffMessages): string {
  const t = m.webhooks.form;
  const header = /^header\.(\d+)\.(name|value)$/.exec(field);
  if (header) return header[2] === 'name' ? t.headerName(Number(header[1]) + 1) : t.headerValue(Number(header[1]) + 1);
  if (field === 'envelopeVersion') return m.api.envelope.label;
  return (t.fieldLabels as Record<string, string | undefined>)[field] ?? field;
}
