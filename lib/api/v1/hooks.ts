/**
 * `/api/v1/departments/{slug}/hooks…`: the department's webhooks through the same domain
 * functions the dashboard's actions call (lib/webhooks/*), so every change is validated,
 * SSRF-checked, audited and shown live in the delivery log exactly as a dashboard change is.
 */
import 'server-only';
import type { z } from 'zod';
import { db } from '../../../db/client';
import { getWebhookCustomHeaders, isWebhookId, listDepartmentWebhookIds, type WebhookDetail } from '../../../db/queries/webhooks';
import { createWebhook } from '../../webhooks/create-webhook';
import { getDepartmentWebhook } from '../../webhooks/get-department-webhook';
import { isEnvelopeVersion } from '../../delivery/envelope';
import { staffMessages } from '../../i18n/staff';
import { MASKED_VALUE } from '../../webhooks/sensitive-headers';
import { deleteWebhook, updateWebhook } from '../../webhooks/update-webhook';
import { describeWebhookErrors } from '../../webhooks/webhook-error-text';
import type { WebhookFieldErrors, WebhookInput } from '../../webhooks/webhook-schema';
import { apiJson, invalid, notFound, zodProblems, type ApiContext } from '../route';
import { CreateHookSchema, UpdateHookSchema, type CreatedHookSchema, type HookSchema } from './schemas';

type Hook = z.infer<typeof HookSchema>;
type Params = { slug: string; id: string };

export const HOOK_NOT_FOUND = 'No such hook in this department.';

export function apiBase(url: URL, slug: string): string {
  return `${url.origin}/api/v1/departments/${slug}`;
}

export function hookState(w: Pick<WebhookDetail, 'active' | 'disabledAt' | 'nextProbeAt' | 'failingSince'>): Hook['state'] {
  if (w.disabledAt) return 'disabled';
  if (!w.active) return 'inactive';
  if (w.nextProbeAt) return 'cooling';
  if (w.failingSince) return 'failing';
  return 'active';
}

export function presentHook(w: WebhookDetail, base: string): Hook {
  const self = `${base}/hooks/${w.id}`;
  return {
    id: w.id,
    description: w.description,
    active: w.active,
    state: hookState(w),
    events: w.events as Hook['events'],
    all_programs: w.allPrograms,
    program_ids: w.programIds,
    config: {
      url: w.url,
      content_type: w.contentType,
      verification: w.verification,
      insecure_ssl: !w.sslVerify,
      ordered: w.ordered,
      max_in_flight: w.maxInFlight,
      custom_headers: Object.fromEntries(Object.keys(w.customHeaders).map((name) => [name, MASKED_VALUE])),
      envelope_version: isEnvelopeVersion(w.envelopeVersion) ? w.envelopeVersion : null,
      secret: w.secretMasked,
    },
    disabled_reason: w.disabledReason,
    failing_since: w.failingSince?.toISOString() ?? null,
    next_probe_at: w.nextProbeAt?.toISOString() ?? null,
    created_at: w.createdAt.toISOString(),
    updated_at: w.updatedAt.toISOString(),
    url: self,
    deliveries_url: `${self}/deliveries`,
    ping_url: `${self}/pings`,
    test_url: `${self}/test`,
  };
}

/** Where each domain field lives in the API's body, for error pointers. */
const POINTER: Record<keyof WebhookInput, string> = {
  url: '/config/url',
  description: '/description',
  contentType: '/config/content_type',
  verification: '/config/verification',
  secret: '/config/secret',
  events: '/events',
  allPrograms: '/all_programs',
  programIds: '/program_ids',
  sslVerify: '/config/insecure_ssl',
  customHeaders: '/config/custom_headers',
  ordered: '/config/ordered',
  active: '/active',
  maxInFlight: '/config/max_in_flight',
  envelopeVersion: '/config/envelope_version',
};

const EN = staffMessages('en');

/** A schema refusal of the API's own body shape, in the English dashboard's words where the field is the domain's. */
function describe(key: string, path: string): string {
  const field = (Object.entries(POINTER).find(([, p]) => p === `/${path}`)?.[0] ?? path.split('/')[0]) as string;
  const text = describeWebhookErrors({ [field]: key }, EN)[field];
  return text && text !== EN.webhooks.errors.checkField ? text : `Not valid here (${key}); see the OpenAPI document for this field.`;
}

/** The domain's refusals, worded as the English dashboard words them, each at its place in the API's body. */
function fieldProblems(errors: WebhookFieldErrors) {
  return Object.entries(describeWebhookErrors(errors, EN)).map(([field, detail]) => ({ pointer: POINTER[field as keyof WebhookInput] ?? `/${field}`, detail }));
}

export async function listHooks(ctx: ApiContext<{ slug: string }>): Promise<Response> {
  const base = apiBase(ctx.url, ctx.department.slug);
  const ids = await listDepartmentWebhookIds(db, ctx.department.id);
  const hooks = await Promise.all(ids.map((id) => getDepartmentWebhook(db, ctx.department.id, id)));
  return apiJson(hooks.filter((h): h is WebhookDetail => h !== null).map((h) => presentHook(h, base)));
}

export async function getHook(ctx: ApiContext<Params>): Promise<Response> {
  const w = await getDepartmentWebhook(db, ctx.department.id, ctx.params.id);
  return w ? apiJson(presentHook(w, apiBase(ctx.url, ctx.department.slug))) : notFound(HOOK_NOT_FOUND);
}

export async function getHookConfig(ctx: ApiContext<Params>): Promise<Response> {
  const w = await getDepartmentWebhook(db, ctx.department.id, ctx.params.id);
  return w ? apiJson(presentHook(w, apiBase(ctx.url, ctx.department.slug)).config) : notFound(HOOK_NOT_FOUND);
}

export async function createHook(ctx: ApiContext<{ slug: string }>): Promise<Response> {
  const parsed = CreateHookSchema.safeParse(ctx.body);
  if (!parsed.success) return invalid(zodProblems(parsed.error, describe));
  const b = parsed.data;
  const raw: Partial<Record<keyof WebhookInput, unknown>> = {
    url: b.config.url,
    description: b.description,
    contentType: b.config.content_type,
    verification: b.config.verification,
    secret: b.config.secret,
    events: b.events,
    allPrograms: b.all_programs ?? (b.program_ids ? false : undefined),
    programIds: b.program_ids,
    sslVerify: b.config.insecure_ssl === undefined ? undefined : !b.config.insecure_ssl,
    customHeaders: b.config.custom_headers,
    ordered: b.config.ordered,
    active: b.active,
    maxInFlight: b.config.max_in_flight,
    envelopeVersion: b.config.envelope_version,
  };
  const r = await createWebhook(db, ctx.department.id, raw, ctx.actor);
  if (!r.ok) return invalid(fieldProblems(r.fieldErrors));
  const w = await getDepartmentWebhook(db, ctx.department.id, r.webhook.id);
  if (!w) return notFound(HOOK_NOT_FOUND);
  const hook = presentHook(w, apiBase(ctx.url, ctx.department.slug));
  const created: z.infer<typeof CreatedHookSchema> = { ...hook, config: { ...hook.config, secret: r.secret }, ping_delivery_id: r.pingDeliveryId };
  return apiJson(created, { status: 201, headers: { location: hook.url } });
}

export async function updateHook(ctx: ApiContext<Params>): Promise<Response> {
  const parsed = UpdateHookSchema.safeParse(ctx.body);
  if (!parsed.success) return invalid(zodProblems(parsed.error, describe));
  const b = parsed.data;
  const w = await getDepartmentWebhook(db, ctx.department.id, ctx.params.id);
  const stored = w && (await getWebhookCustomHeaders(db, ctx.department.id, w.id));
  if (!w || !stored) return notFound(HOOK_NOT_FOUND);
  const c = b.config ?? {};
  // RFC 7396: null removes a header, a value sets it, an unmentioned name keeps its stored (sealed) value.
  const headers: Record<string, string> = { ...stored };
  for (const [name, value] of Object.entries(c.custom_headers ?? {})) {
    for (const k of Object.keys(headers)) if (k.toLowerCase() === name.toLowerCase()) delete headers[k];
    if (value !== null) headers[name] = value;
  }
  const programIds = b.program_ids ?? w.programIds;
  const raw: WebhookInput = {
    url: c.url ?? w.url,
    description: b.description ?? w.description,
    contentType: c.content_type ?? w.contentType,
    verification: c.verification ?? w.verification,
    secret: c.secret ?? '',
    events: (b.events ?? w.events) as WebhookInput['events'],
    allPrograms: b.all_programs ?? (b.program_ids ? false : w.allPrograms),
    programIds,
    sslVerify: c.insecure_ssl === undefined ? w.sslVerify : !c.insecure_ssl,
    customHeaders: headers,
    ordered: c.ordered ?? w.ordered,
    active: b.active ?? w.active,
    maxInFlight: c.max_in_flight === undefined ? w.maxInFlight : c.max_in_flight,
    envelopeVersion: c.envelope_version,
  };
  const r = await updateWebhook(db, ctx.department.id, w.id, raw, ctx.actor);
  if (!r.ok) return r.error === 'notFound' ? notFound(HOOK_NOT_FOUND) : invalid(fieldProblems(r.fieldErrors));
  return getHook(ctx);
}

export async function removeHook(ctx: ApiContext<Params>): Promise<Response> {
  if (!isWebhookId(ctx.params.id)) return notFound(HOOK_NOT_FOUND);
  const r = await deleteWebhook(db, ctx.department.id, ctx.params.id, ctx.actor);
  return r.ok ? new Response(null, { status: 204 }) : notFound(HOOK_NOT_FOUND);
}
