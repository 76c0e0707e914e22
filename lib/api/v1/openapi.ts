/**
 * The OpenAPI 3.1 document of REST API v1 and of the webhooks Puente sends, generated from the
 * zod schemas the routes validate with and the engine builds envelopes from
 * (@asteasolutions/zod-to-openapi). Served at /api/v1/openapi.json; tests check that it is
 * valid OpenAPI 3.1, that API answers match it and that real deliveries match its webhooks.
 */
import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { ENVELOPE_VERSION, LeadCreatedEnvelopeSchema, PingEnvelopeSchema } from '../../delivery/envelope';
import { MAX_ATTEMPTS, RETRY_DELAYS_MS } from '../../delivery/schedule';
import { MAX_BODY_BYTES } from '../route';
import {
  AttemptSchema,
  CreatedHookSchema,
  CreateHookSchema,
  DeliveryDetailSchema,
  DeliveryListSchema,
  DeliveryStatusSchema,
  EventTypeListSchema,
  HookConfigSchema,
  HookListSchema,
  HookSchema,
  LeadListSchema,
  PingAnswerSchema,
  ProblemSchema,
  RecoverAnswerSchema,
  RecoverSchema,
  RedeliveryAnswerSchema,
  TestLeadAnswerSchema,
  UpdateHookSchema,
} from './schemas';

export const API_VERSION = '1.0.0';
const PREFIX = '/departments/{slug}';

const slug = z.string().meta({ description: 'The department’s slug, as in its dashboard address.', example: 'bde' });
const hookId = z.uuid().meta({ description: 'The hook’s id.' });
const deliveryId = z.uuid().meta({ description: 'The delivery’s id.' });

const problemResponse = (description: string) => ({ description, content: { 'application/problem+json': { schema: ProblemSchema } } });
const json = (schema: z.ZodType, description: string, headers?: Record<string, z.ZodType>) => ({
  description,
  content: { 'application/json': { schema } },
  ...(headers ? { headers: z.object(headers) } : {}),
});

const rateHeaders = {
  'X-RateLimit-Limit': z.string().meta({ description: 'Requests this token may make per minute.' }),
  'X-RateLimit-Remaining': z.string(),
  'X-RateLimit-Reset': z.string().meta({ description: 'When the window resets (Unix seconds).' }),
};

const errors = {
  401: problemResponse('No token, or it is not valid, revoked or expired.'),
  403: problemResponse('A read-only token on a write, or the department is not approved.'),
  404: problemResponse('No such department for this token, or no such object in it — the same answer either way.'),
  429: problemResponse('Too many requests for this token (or manual sends to this hook); see Retry-After.'),
};
const writeErrors = {
  ...errors,
  400: problemResponse('The body is not JSON, or a query parameter or Idempotency-Key is not valid.'),
  409: problemResponse('A request with this Idempotency-Key is still running, or the object is busy.'),
  413: problemResponse(`The body is larger than ${MAX_BODY_BYTES / 1024} KiB.`),
  415: problemResponse('The body is not sent as application/json.'),
  422: problemResponse('A field is not valid (see errors), or this Idempotency-Key was used with another request.'),
};

const idempotencyHeader = z.object({
  'Idempotency-Key': z
    .string()
    .max(255)
    .optional()
    .meta({ description: 'Retry safely: the same key with the same request answers the first answer again (Idempotent-Replayed: true) for 24 hours.' }),
});

const paging = {
  per_page: z.string().optional().meta({ description: 'Items per page, 1–100 (default 30).' }),
  cursor: z.string().optional().meta({ description: 'Where the page starts; take it from the Link header.' }),
};
const linkHeader = { Link: z.string().meta({ description: 'rel="next": the next (older) page, when there is one.' }) };

type Op = Omit<RouteConfig, 'responses'> & { responses: RouteConfig['responses'] };

/** Every operation of the API; the route files under app/api/v1 implement exactly these. */
export const OPERATIONS: Op[] = [
  {
    method: 'get',
    path: `${PREFIX}/hooks`,
    operationId: 'listHooks',
    summary: 'List the department’s hooks',
    request: { params: z.object({ slug }) },
    responses: { 200: json(HookListSchema, 'The hooks, oldest first.', rateHeaders), ...errors },
  },
  {
    method: 'post',
    path: `${PREFIX}/hooks`,
    operationId: 'createHook',
    summary: 'Create a hook (a ping follows at once)',
    request: { params: z.object({ slug }), headers: idempotencyHeader, body: { content: { 'application/json': { schema: CreateHookSchema } }, required: true } },
    responses: { 201: json(CreatedHookSchema, 'Created; the answer carries the full secret, this once.', { Location: z.string() }), ...writeErrors },
  },
  {
    method: 'get',
    path: `${PREFIX}/hooks/{id}`,
    operationId: 'getHook',
    summary: 'Get a hook',
    request: { params: z.object({ slug, id: hookId }) },
    responses: { 200: json(HookSchema, 'The hook.'), ...errors },
  },
  {
    method: 'patch',
    path: `${PREFIX}/hooks/{id}`,
    operationId: 'updateHook',
    summary: 'Update a hook (only the fields sent change)',
    request: { params: z.object({ slug, id: hookId }), body: { content: { 'application/json': { schema: UpdateHookSchema } }, required: true } },
    responses: { 200: json(HookSchema, 'The hook as saved.'), ...writeErrors },
  },
  {
    method: 'delete',
    path: `${PREFIX}/hooks/{id}`,
    operationId: 'deleteHook',
    summary: 'Delete a hook',
    request: { params: z.object({ slug, id: hookId }) },
    responses: { 204: { description: 'Deleted.' }, ...errors },
  },
  {
    method: 'get',
    path: `${PREFIX}/hooks/{id}/config`,
    operationId: 'getHookConfig',
    summary: 'Get a hook’s delivery configuration',
    request: { params: z.object({ slug, id: hookId }) },
    responses: { 200: json(HookConfigSchema, 'The configuration (secret masked, header values hidden).'), ...errors },
  },
  {
    method: 'post',
    path: `${PREFIX}/hooks/{id}/pings`,
    operationId: 'pingHook',
    summary: 'Send a ping',
    request: { params: z.object({ slug, id: hookId }), headers: idempotencyHeader },
    responses: { 202: json(PingAnswerSchema, 'Queued; follow the delivery.'), ...writeErrors },
  },
  {
    method: 'post',
    path: `${PREFIX}/hooks/{id}/test`,
    operationId: 'sendTestLead',
    summary: 'Send a test lead: a synthetic lead.created to this hook only',
    description: 'The envelope carries "test": true and the request X-Puente-Test: true. No lead is stored and no other hook or department is sent anything.',
    request: { params: z.object({ slug, id: hookId }), headers: idempotencyHeader },
    responses: { 202: json(TestLeadAnswerSchema, 'Queued; follow the delivery.'), ...writeErrors },
  },
  {
    method: 'get',
    path: `${PREFIX}/hooks/{id}/deliveries`,
    operationId: 'listDeliveries',
    summary: 'List a hook’s deliveries, newest first',
    request: {
      params: z.object({ slug, id: hookId }),
      query: z.object({
        status: DeliveryStatusSchema.optional(),
        event: z.enum(['lead.created', 'ping']).optional(),
        program: z.uuid().optional().meta({ description: 'Only leads for this program.' }),
        from: z.string().optional().meta({ description: 'First day, YYYY-MM-DD, Puerto Rico time.' }),
        to: z.string().optional().meta({ description: 'Last day, YYYY-MM-DD, Puerto Rico time.' }),
        ...paging,
      }),
    },
    responses: { 200: json(DeliveryListSchema, 'One page of deliveries.', linkHeader), ...errors, 400: problemResponse('A query parameter is not valid (see errors).') },
  },
  {
    method: 'get',
    path: `${PREFIX}/hooks/{id}/deliveries/{deliveryId}`,
    operationId: 'getDelivery',
    summary: 'Get a delivery, with its attempts and the latest request and response',
    request: { params: z.object({ slug, id: hookId, deliveryId }) },
    responses: { 200: json(DeliveryDetailSchema, 'The delivery.'), ...errors },
  },
  {
    method: 'get',
    path: `${PREFIX}/hooks/{id}/deliveries/{deliveryId}/attempts`,
    operationId: 'listAttempts',
    summary: 'List a delivery’s attempts, newest first',
    request: { params: z.object({ slug, id: hookId, deliveryId }) },
    responses: { 200: json(z.array(AttemptSchema), 'The attempts.'), ...errors },
  },
  {
    method: 'post',
    path: `${PREFIX}/hooks/{id}/deliveries/{deliveryId}/attempts`,
    operationId: 'redeliver',
    summary: 'Redeliver: a new attempt under the same webhook-id',
    request: { params: z.object({ slug, id: hookId, deliveryId }), headers: idempotencyHeader },
    responses: { 202: json(RedeliveryAnswerSchema, 'Queued.'), ...writeErrors },
  },
  {
    method: 'post',
    path: `${PREFIX}/hooks/{id}/recover`,
    operationId: 'recoverHook',
    summary: 'Recover: one more attempt for every failed delivery since a time',
    request: { params: z.object({ slug, id: hookId }), headers: idempotencyHeader, body: { content: { 'application/json': { schema: RecoverSchema } }, required: true } },
    responses: { 202: json(RecoverAnswerSchema, 'Queued.'), ...writeErrors },
  },
  {
    method: 'get',
    path: `${PREFIX}/leads`,
    operationId: 'listLeads',
    summary: 'List the department’s leads, newest first',
    request: { params: z.object({ slug }), query: z.object({ q: z.string().optional().meta({ description: 'Search name, e-mail, business or reference.' }), ...paging }) },
    responses: { 200: json(LeadListSchema, 'One page of leads.', linkHeader), ...errors, 400: problemResponse('A query parameter is not valid (see errors).') },
  },
  {
    method: 'get',
    path: `${PREFIX}/event-types`,
    operationId: 'listEventTypes',
    summary: 'The events a hook can subscribe to',
    request: { params: z.object({ slug }) },
    responses: { 200: json(EventTypeListSchema, 'The event types.'), ...errors },
  },
];

const SIGNATURE = `Every delivery is signed twice with the hook's secret (whsec_ + base64):

* **Standard Webhooks** — \`webhook-signature: v1,<base64 HMAC-SHA256(key, "{webhook-id}.{webhook-timestamp}.{body}")>\`, the key being the base64-decoded part after \`whsec_\`. During a secret rotation the header carries one \`v1,\` signature per valid secret, separated by spaces: accept the request if any matches. Refuse a \`webhook-timestamp\` more than 5 minutes from your clock.
* **GitHub style** — \`X-Hub-Signature-256: sha256=<hex HMAC-SHA256(secret, body)>\`, with the whole \`whsec_…\` string as the key, current secret only.

Answer any 2xx within 15 seconds to acknowledge. Anything else is retried ${MAX_ATTEMPTS - 1} times over about ${Math.round(RETRY_DELAYS_MS.reduce((a, b) => a + b, 0) / 3_600_000)} hours (at-least-once: de-duplicate on webhook-id). 410 Gone disables the hook; 429 and 503 with Retry-After are honoured.`;

const deliveryHeaders = z.object({
  'webhook-id': z.string().meta({ description: 'The delivery’s id; the same on every retry. De-duplicate on it.', example: 'msg_2b1c6e1f0a9d4c3b8e7f6a5d4c3b2a19' }),
  'webhook-timestamp': z.string().meta({ description: 'Unix seconds when this attempt was signed.', example: '1777644202' }),
  'webhook-signature': z.string().meta({ description: 'Space-separated v1,<base64> signatures (Standard Webhooks).', example: 'v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=' }),
  'X-Hub-Signature-256': z.string().meta({ description: 'sha256=<hex> (GitHub style).' }),
  'X-GitHub-Event': z.string().meta({ example: 'lead.created' }),
  'X-GitHub-Delivery': z.string().meta({ description: 'The delivery’s UUID.' }),
  'X-GitHub-Hook-ID': z.string().meta({ description: 'The hook’s UUID.' }),
  'X-Puente-Event': z.string().meta({ example: 'lead.created' }),
  'X-Puente-Test': z.string().optional().meta({ description: '"true" on a test lead.' }),
  'X-Puente-Token': z.string().optional().meta({ description: 'Shared-token style only: the secret itself.' }),
  'User-Agent': z.string().meta({ example: 'Puente-Webhook/1.0' }),
});

const formBody = z.object({ payload: z.string().meta({ description: 'The JSON envelope as a string (content_type "form").' }) });

function registry(): OpenAPIRegistry {
  const r = new OpenAPIRegistry();
  r.registerComponent('securitySchemes', 'token', {
    type: 'http',
    scheme: 'bearer',
    description: 'A department API token (pnt_…), created by a department admin in the dashboard. Read tokens may only GET.',
  });
  for (const op of OPERATIONS) r.registerPath({ ...op, security: [{ token: [] }], tags: [op.path.includes('/leads') || op.path.includes('event-types') ? 'Leads' : 'Hooks'] });
  const webhook = (name: string, schema: z.ZodType, summary: string) =>
    r.registerWebhook({
      method: 'post',
      path: name,
      operationId: `${name.replace('.', '_')}_webhook`,
      summary,
      description: SIGNATURE,
      request: {
        headers: deliveryHeaders,
        body: { required: true, content: { 'application/json': { schema }, 'application/x-www-form-urlencoded': { schema: formBody } } },
      },
      responses: { 200: { description: 'Any 2xx acknowledges the delivery.' }, 410: { description: 'Gone: Puente disables the hook.' } },
    });
  webhook('lead.created', LeadCreatedEnvelopeSchema, 'A lead chose programs of the department');
  webhook('ping', PingEnvelopeSchema, 'Sent when a hook is created and on demand');
  return r;
}

let cached: ReturnType<OpenApiGeneratorV31['generateDocument']> | null = null;

export function openApiDocument(serverUrl = '/api/v1') {
  cached ??= new OpenApiGeneratorV31(registry().definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Puente API',
      version: API_VERSION,
      description: `REST API v1 for department integrators, and the webhooks Puente sends (envelope version ${ENVELOPE_VERSION}). Errors are application/problem+json (RFC 9457).`,
    },
    servers: [{ url: '/api/v1' }],
  });
  return serverUrl === '/api/v1' ? cached : { ...cached, servers: [{ url: serverUrl }] };
}
