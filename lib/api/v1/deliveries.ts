/**
 * A hook's deliveries, attempts, redelivery, recover and ping through the API: the same
 * queries and domain functions as the dashboard's delivery log, so what the API does is
 * audited and appears live in the log.
 */
import 'server-only';
import type { z } from 'zod';
import { db } from '../../../db/client';
import type { DeliveryDetail, DeliveryListItem } from '../../../db/queries/deliveries';
import { getDepartmentWebhookRecord, isWebhookId } from '../../../db/queries/webhooks';
import { deliveryDetailForViewer } from '../../delivery/delivery-detail';
import { filtersToSearchParams, parseDeliveryFilters } from '../../delivery/delivery-filters';
import { listDeliveryLog } from '../../delivery/delivery-log';
import { problem, type FieldProblem } from '../../http/problem';
import { RECOVER_MAX_DAYS, recoverSinceProblem } from '../../webhooks/recover-window';
import { recoverFailedDeliveries, redeliverDelivery } from '../../webhooks/redeliver';
import { sendPing } from '../../webhooks/send-ping';
import { sendTestLead } from '../../webhooks/send-test-lead';
import { apiJson, invalid, notFound, zodProblems, type ApiContext } from '../route';
import { apiBase, HOOK_NOT_FOUND } from './hooks';
import { nextPageHeaders, parsePerPage } from './paging';
import { RecoverSchema, type AttemptSchema, type DeliveryDetailSchema, type DeliverySchema } from './schemas';

type HookParams = { slug: string; id: string };
type DeliveryParams = HookParams & { deliveryId: string };

export const DELIVERY_NOT_FOUND = 'No such delivery for this hook.';

function presentDelivery(d: DeliveryListItem): z.infer<typeof DeliverySchema> {
  return {
    id: d.id,
    hook_id: d.webhookId,
    webhook_id_header: d.messageId,
    event: d.eventType,
    status: d.status,
    status_code: d.lastStatusCode,
    error: d.lastError,
    attempts: d.attemptCount,
    duration_ms: d.lastDurationMs,
    created_at: d.createdAt,
    last_attempt_at: d.lastAttemptAt,
    next_attempt_at: d.nextAttemptAt,
    url: d.webhookUrl,
    test: d.test,
  };
}

function presentDetail(d: DeliveryDetail): z.infer<typeof DeliveryDetailSchema> {
  const s = d.selected;
  return {
    ...presentDelivery(d.delivery),
    delivered_at: d.delivery.deliveredAt,
    data_purged_at: d.delivery.dataPurgedAt,
    attempts_list: d.attempts.map(
      (a): z.infer<typeof AttemptSchema> => ({
        id: a.id,
        number: a.attemptNumber,
        trigger: a.trigger,
        started_at: a.startedAt,
        status_code: a.responseStatus,
        error_class: a.errorClass as z.infer<typeof AttemptSchema>['error_class'],
        error: a.errorMessage,
        duration_ms: a.durationMs,
        next_attempt_at: a.nextAttemptAt,
      }),
    ),
    request: s ? { url: s.requestUrl, headers: s.requestHeaders, body: s.requestBody } : null,
    response: s ? { status_code: s.responseStatus, headers: s.responseHeaders ?? {}, body: s.responseBody, body_truncated: s.responseBodyTruncated } : null,
  };
}

/** GitHub's pagination: `per_page`, an opaque `cursor`, and a Link header with rel="next". */
export async function listDeliveries(ctx: ApiContext<HookParams>): Promise<Response> {
  if (!isWebhookId(ctx.params.id)) return notFound(HOOK_NOT_FOUND);
  const q = ctx.url.searchParams;
  const errors: FieldProblem[] = [];
  if (q.has('webhook')) errors.push({ pointer: '?webhook', detail: 'The hook is in the path; drop this parameter.' });
  const perPage = parsePerPage(q, errors);
  const params = new URLSearchParams(q);
  params.delete('per_page');
  params.set('webhook', ctx.params.id);
  const { filters, invalid: bad } = parseDeliveryFilters(params);
  for (const name of bad) errors.push({ pointer: `?${name}`, detail: FILTER_HELP[name] ?? 'Not valid.' });
  if (errors.length > 0) return problem(400, 'Some query parameters are not valid; see errors.', { errors });
  if (!(await getDepartmentWebhookRecord(db, ctx.department.id, ctx.params.id))) return notFound(HOOK_NOT_FOUND);
  const page = await listDeliveryLog(db, ctx.department.id, filters, perPage.value);
  const sameFilters = filtersToSearchParams({ ...filters, webhookId: undefined }, { cursor: false });
  const headers = nextPageHeaders(`${apiBase(ctx.url, ctx.department.slug)}/hooks/${ctx.params.id}/deliveries`, sameFilters, page.nextCursor, perPage);
  return apiJson(page.items.map(presentDelivery), { headers });
}

const FILTER_HELP: Record<string, string> = {
  status: 'One of pending, retrying, delivered, failed, held, skipped.',
  event: 'One of lead.created, ping.',
  program: 'A program id (UUID).',
  from: 'A day, YYYY-MM-DD (Puerto Rico time).',
  to: 'A day, YYYY-MM-DD (Puerto Rico time), not before from.',
  cursor: 'Use the cursor of a Link header as given.',
};

async function deliveryOfHook(ctx: ApiContext<DeliveryParams>): Promise<DeliveryDetail | null> {
  if (!isWebhookId(ctx.params.id) || !isWebhookId(ctx.params.deliveryId)) return null;
  const d = await deliveryDetailForViewer(db, ctx.department.id, ctx.params.deliveryId);
  return d && d.delivery.webhookId === ctx.params.id.toLowerCase() ? d : null;
}

export async function getDelivery(ctx: ApiContext<DeliveryParams>): Promise<Response> {
  const d = await deliveryOfHook(ctx);
  return d ? apiJson(presentDetail(d)) : notFound(DELIVERY_NOT_FOUND);
}

export async function listAttempts(ctx: ApiContext<DeliveryParams>): Promise<Response> {
  const d = await deliveryOfHook(ctx);
  return d ? apiJson(presentDetail(d).attempts_list) : notFound(DELIVERY_NOT_FOUND);
}

function tooManyManualSends(retryAfterSeconds: number): Response {
  return problem(429, 'Too many manual sends to this hook; wait a moment.', {}, { 'retry-after': String(retryAfterSeconds) });
}

/** POST …/attempts: redeliver, under the same webhook-id. */
export async function redeliver(ctx: ApiContext<DeliveryParams>): Promise<Response> {
  const d = await deliveryOfHook(ctx);
  if (!d) return notFound(DELIVERY_NOT_FOUND);
  const r = await redeliverDelivery(db, ctx.department.id, d.delivery.id, ctx.actor);
  if (!r.ok) {
    if (r.error === 'rateLimited') return tooManyManualSends(r.retryAfterSeconds);
    if (r.error === 'inFlight') return problem(409, 'An attempt of this delivery is on the wire; try again when it finishes.', {}, { 'retry-after': '5' });
    if (r.error === 'purged') return problem(409, 'Retention removed what this delivery sent; it cannot be sent again.');
    return notFound(DELIVERY_NOT_FOUND);
  }
  return apiJson({ delivery_id: r.deliveryId, status: 'retrying', message: 'Queued a new attempt under the same webhook-id.' }, { status: 202 });
}

/** POST hooks/{id}/recover: one more attempt for every failed delivery since a time. */
export async function recover(ctx: ApiContext<HookParams>): Promise<Response> {
  if (!isWebhookId(ctx.params.id)) return notFound(HOOK_NOT_FOUND);
  const parsed = RecoverSchema.safeParse(ctx.body);
  if (!parsed.success) return invalid(zodProblems(parsed.error, () => 'An RFC 3339 date-time with its offset, e.g. 2026-05-01T09:00:00-04:00.'));
  const since = new Date(parsed.data.since);
  const problemWithSince = recoverSinceProblem(since);
  if (problemWithSince) {
    const detail = problemWithSince === 'future' ? 'Choose a time in the past.' : `Choose a time within the last ${RECOVER_MAX_DAYS} days.`;
    return invalid([{ pointer: '/since', detail }]);
  }
  const r = await recoverFailedDeliveries(db, ctx.department.id, ctx.params.id.toLowerCase(), since, ctx.actor);
  return r.ok ? apiJson({ queued: r.count }, { status: 202 }) : notFound(HOOK_NOT_FOUND);
}

/** POST hooks/{id}/test: a synthetic lead.created for this hook only ("test": true; no lead stored). */
export async function testLead(ctx: ApiContext<HookParams>): Promise<Response> {
  if (!isWebhookId(ctx.params.id)) return notFound(HOOK_NOT_FOUND);
  const r = await sendTestLead(db, ctx.department.id, ctx.params.id.toLowerCase(), ctx.actor);
  if (!r.ok) {
    if (r.error === 'rateLimited') return tooManyManualSends(r.retryAfterSeconds);
    if (r.error === 'notSubscribed') return invalid([{ pointer: '/events', detail: 'This hook does not receive lead.created; subscribe it first.' }], 'This hook does not receive lead.created.');
    return notFound(HOOK_NOT_FOUND);
  }
  return apiJson({ delivery_id: r.deliveryId, test: true }, { status: 202 });
}

/** POST hooks/{id}/pings. */
export async function ping(ctx: ApiContext<HookParams>): Promise<Response> {
  if (!isWebhookId(ctx.params.id)) return notFound(HOOK_NOT_FOUND);
  const r = await sendPing(db, ctx.department.id, ctx.params.id.toLowerCase(), ctx.actor);
  if (!r.ok) return r.error === 'rateLimited' ? tooManyManualSends(r.retryAfterSeconds) : notFound(HOOK_NOT_FOUND);
  return apiJson({ delivery_id: r.deliveryId }, { status: 202 });
}
