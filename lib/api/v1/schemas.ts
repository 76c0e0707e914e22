/**
 * REST API v1's shapes, as zod schemas: the request bodies the routes validate and the answers
 * they send. lib/api/v1/openapi.ts builds the OpenAPI 3.1 document from these same schemas,
 * so the document cannot drift from what the code accepts and answers. Field names are
 * snake_case, like GitHub's webhooks API that the paths follow.
 */
import { z } from 'zod';
import { ENVELOPE_VERSIONS, type EnvelopeVersion } from '../../delivery/envelope';
import { MAX_IN_FLIGHT_MAX, MAX_IN_FLIGHT_MIN, WEBHOOK_EVENTS } from '../../webhooks/webhook-schema';

const iso = () => z.iso.datetime({ offset: true }).meta({ description: 'RFC 3339 date-time, UTC.', example: '2026-05-01T14:03:22.123Z' });
const id = () => z.uuid();

// ---------------------------------------------------------------- errors

export const FieldProblemSchema = z
  .object({
    pointer: z.string().meta({ description: 'JSON pointer (RFC 6901) to the refused field of the body, or "?name" for a query parameter.', example: '/config/url' }),
    detail: z.string().meta({ example: 'Enter a URL that starts with https://.' }),
  })
  .meta({ id: 'FieldProblem' });

export const ProblemSchema = z
  .object({
    type: z.string().meta({ example: 'about:blank' }),
    title: z.string().meta({ example: 'Unprocessable Content' }),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(FieldProblemSchema).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details, served as application/problem+json.' });

// ---------------------------------------------------------------- hooks

export const HookEventSchema = z.enum([...WEBHOOK_EVENTS, '*']).meta({ id: 'HookEvent', description: '"*" subscribes to every event, including future ones.' });

export const HookStateSchema = z.enum(['active', 'failing', 'cooling', 'disabled', 'inactive']).meta({
  id: 'HookState',
  description:
    'active: delivering. failing: its recent deliveries fail. cooling: the circuit breaker paused it until next_probe_at. disabled: turned off by the platform (failures or 410 Gone). inactive: turned off by the department.',
});

const HookConfigFields = {
  url: z.string().max(2048).meta({ description: 'The payload URL: where deliveries are POSTed.', example: 'https://crm.example.gov.pr/puente/webhook' }),
  content_type: z.enum(['json', 'form']).meta({ description: 'json: application/json. form: application/x-www-form-urlencoded with the envelope in a "payload" field.' }),
  verification: z.enum(['signature', 'token']).meta({ description: 'signature: Standard Webhooks + GitHub HMAC headers. token: also a shared token in the body and a header, for low-code receivers.' }),
  insecure_ssl: z.boolean().meta({ description: 'true skips TLS certificate checks (https only). Avoid.' }),
  ordered: z.boolean().meta({ description: 'Deliver one at a time, in order; a failing delivery holds the ones after it.' }),
  max_in_flight: z.number().int().min(MAX_IN_FLIGHT_MIN).max(MAX_IN_FLIGHT_MAX).nullable().meta({ description: 'Requests in flight at once; null: the platform default.' }),
  custom_headers: z.record(z.string(), z.string()).meta({ description: 'Extra headers sent with every delivery. Values are never shown back: answers carry "••••".' }),
  envelope_version: z
    .enum(ENVELOPE_VERSIONS.map((v) => v.version) as [EnvelopeVersion, ...EnvelopeVersion[]])
    .nullable()
    .meta({ description: 'The dated envelope version this hook is pinned to; null: always the newest (see the changelog).' }),
};

export const HookConfigSchema = z
  .object({
    ...HookConfigFields,
    secret: z.string().meta({ description: 'The signing secret, masked (whsec_abcd…wxyz). The full secret is only in the answer that creates the hook.' }),
  })
  .meta({ id: 'HookConfig' });

export const HookSchema = z
  .object({
    id: id(),
    description: z.string(),
    active: z.boolean().meta({ description: 'Whether the department has it turned on.' }),
    state: HookStateSchema,
    events: z.array(HookEventSchema),
    all_programs: z.boolean().meta({ description: 'true: leads for every program of the department. false: only program_ids.' }),
    program_ids: z.array(id()),
    config: HookConfigSchema,
    disabled_reason: z.string().nullable(),
    failing_since: iso().nullable(),
    next_probe_at: iso().nullable(),
    created_at: iso(),
    updated_at: iso(),
    url: z.string().meta({ description: 'This hook in the API.' }),
    deliveries_url: z.string(),
    ping_url: z.string(),
    test_url: z.string(),
  })
  .meta({ id: 'Hook' });

export const CreatedHookSchema = HookSchema.extend({
  config: HookConfigSchema.extend({ secret: z.string().meta({ description: 'The full signing secret, shown this once.', example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' }) }),
  ping_delivery_id: id().meta({ description: 'The ping sent to the new hook; follow it under deliveries.' }),
}).meta({ id: 'CreatedHook' });

const HookConfigInput = z
  .object({
    url: HookConfigFields.url,
    content_type: HookConfigFields.content_type.optional(),
    verification: HookConfigFields.verification.optional(),
    insecure_ssl: HookConfigFields.insecure_ssl.optional(),
    ordered: HookConfigFields.ordered.optional(),
    max_in_flight: HookConfigFields.max_in_flight.optional(),
    envelope_version: HookConfigFields.envelope_version.optional(),
    custom_headers: z.record(z.string(), z.string()).optional(),
    secret: z.string().optional().meta({ description: 'whsec_ + base64 of 24–64 random bytes; omitted: Puente generates one.' }),
  })
  .strict();

export const CreateHookSchema = z
  .object({
    description: z.string().max(200).optional(),
    active: z.boolean().optional(),
    events: z.array(HookEventSchema).min(1).optional().meta({ description: 'Default ["lead.created"].' }),
    all_programs: z.boolean().optional(),
    program_ids: z.array(id()).max(200).optional(),
    config: HookConfigInput,
  })
  .strict()
  .meta({ id: 'CreateHook' });

export const UpdateHookSchema = z
  .object({
    description: z.string().max(200).optional(),
    active: z.boolean().optional(),
    events: z.array(HookEventSchema).min(1).optional(),
    all_programs: z.boolean().optional(),
    program_ids: z.array(id()).max(200).optional(),
    config: HookConfigInput.partial()
      .extend({
        custom_headers: z
          .record(z.string(), z.string().nullable())
          .optional()
          .meta({ description: 'Merged into the stored headers (RFC 7396): a value sets a header, null removes it, a name not mentioned keeps its value.' }),
        secret: z.string().optional().meta({ description: 'Replaces the signing secret at once (no overlap).' }),
      })
      .strict()
      .optional(),
  })
  .strict()
  .meta({ id: 'UpdateHook', description: 'Only the fields sent change.' });

export const HookConfigPatchSchema = UpdateHookSchema.shape.config.unwrap().meta({ id: 'UpdateHookConfig' });

// ---------------------------------------------------------------- deliveries

export const DeliveryStatusSchema = z.enum(['pending', 'retrying', 'delivered', 'failed', 'held', 'skipped']).meta({
  id: 'DeliveryStatus',
  description: 'pending/retrying: will be (re)attempted. delivered: a 2xx answer. failed: out of retries. held: waiting while the hook or department is off. skipped: will not be sent.',
});

export const DeliverySchema = z
  .object({
    id: id(),
    hook_id: id(),
    webhook_id_header: z.string().meta({ description: 'The webhook-id header value: the same on every retry, to de-duplicate on.', example: 'msg_2b1c6e1f0a9d4c3b8e7f6a5d4c3b2a19' }),
    event: z.string().meta({ example: 'lead.created' }),
    status: DeliveryStatusSchema,
    status_code: z.number().int().nullable().meta({ description: 'The last answer\'s HTTP status.' }),
    error: z.string().nullable(),
    attempts: z.number().int(),
    duration_ms: z.number().int().nullable(),
    created_at: iso(),
    last_attempt_at: iso().nullable(),
    next_attempt_at: iso().nullable(),
    url: z.string(),
    test: z.boolean().meta({ description: 'A test lead (synthetic data, "test": true in its envelope).' }),
  })
  .meta({ id: 'Delivery' });

export const AttemptSchema = z
  .object({
    id: id(),
    number: z.number().int(),
    trigger: z.string().meta({ description: 'auto (the retry schedule), manual (redeliver) or recover.' }),
    started_at: iso(),
    status_code: z.number().int().nullable(),
    error_class: z.enum(['timeout', 'connection', 'dns', 'tls', 'http', 'blocked']).nullable(),
    error: z.string().nullable(),
    duration_ms: z.number().int().nullable(),
    next_attempt_at: iso().nullable(),
  })
  .meta({ id: 'Attempt' });

const Exchange = z.object({ headers: z.record(z.string(), z.string()), body: z.string().nullable() });

export const DeliveryDetailSchema = DeliverySchema.extend({
  delivered_at: iso().nullable(),
  data_purged_at: iso().nullable().meta({ description: 'When retention removed the payload and bodies.' }),
  attempts_list: z.array(AttemptSchema).meta({ description: 'Newest first.' }),
  request: Exchange.extend({ url: z.string() }).nullable().meta({ description: 'The latest attempt\'s request; credential-like header values masked.' }),
  response: Exchange.extend({ status_code: z.number().int().nullable(), body_truncated: z.boolean() }).nullable(),
}).meta({ id: 'DeliveryDetail' });

export const RedeliveryAnswerSchema = z
  .object({ delivery_id: id(), status: DeliveryStatusSchema, message: z.string() })
  .meta({ id: 'Redelivery' });

export const RecoverSchema = z
  .object({ since: iso().meta({ description: 'Failed deliveries created since this time (at most 30 days ago) get one more attempt.' }) })
  .strict()
  .meta({ id: 'RecoverRequest' });

export const RecoverAnswerSchema = z.object({ queued: z.number().int() }).meta({ id: 'RecoverAnswer' });

export const PingAnswerSchema = z.object({ delivery_id: id() }).meta({ id: 'PingAnswer' });

export const TestLeadAnswerSchema = z
  .object({ delivery_id: id(), test: z.literal(true) })
  .meta({ id: 'TestLeadAnswer', description: 'A synthetic lead.created was queued for this hook only; no lead was stored.' });

// ---------------------------------------------------------------- leads & event types

export const LeadSchema = z
  .object({
    id: id(),
    reference: z.string().meta({ example: 'PR-7K2M9Q' }),
    name: z.string(),
    email: z.string(),
    business_name: z.string(),
    municipality: z.string(),
    created_at: iso(),
    purged_at: iso().nullable().meta({ description: 'Set once retention blanked the personal fields.' }),
    programs: z.array(z.object({ id: id(), title: z.object({ es: z.string(), en: z.string() }) })),
  })
  .meta({ id: 'Lead' });

export const EventTypeSchema = z
  .object({ name: z.string(), description: z.object({ es: z.string(), en: z.string() }), schema: z.string().meta({ description: 'JSON pointer to its envelope schema in this document.' }) })
  .meta({ id: 'EventType' });

export const HookListSchema = z.array(HookSchema);
export const DeliveryListSchema = z.array(DeliverySchema);
export const LeadListSchema = z.array(LeadSchema);
export const EventTypeListSchema = z.array(EventTypeSchema);
