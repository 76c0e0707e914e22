/**
 * attemptDelivery: the ONE function that talks to a consumer. Both engines (embedded
 * graphile-worker and Inngest) call it; the schedule, signing, SSRF guard and recording
 * live here or below. It claims the delivery with a lease, sends one signed POST, records
 * the attempt, and decides: delivered, retry at T, failed, or disable the webhook.
 */
import { sql } from 'drizzle-orm';
import { db, rawSql } from '../../db/client';
import { SYSTEM_ACTOR, recordAudit } from '../audit/record-audit';
import { env } from '../env';
import { decryptSecret } from '../secrets/crypto';
import { PUENTE_VERSION } from '../version';
import { createBatcher } from './batcher';
import { leadCreatedEnvelope, type LeadCreatedEventPayload } from './envelope';
import { MAX_ATTEMPTS, classifyResponse, nextAttemptDelay, parseRetryAfter } from './schedule';
import { buildSignatureHeaders } from './sign';
import { createGuardedLookup, parseWebhookUrl, type LookupFunction, type SsrfOptions } from './ssrf';
import { currentSsrfOptions } from './ssrf-policy';
import { postWebhook, type PostWebhookResult } from './transport';
import type { WakeTarget } from './wake';

export const REQUEST_BODY_LIMIT = 256 * 1024;
export const RESPONSE_BODY_LIMIT = 64 * 1024;
export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;

export interface AttemptOptions {
  /** The clock; tests move it instead of sleeping. */
  clock?: () => Date;
  random?: () => number;
  timeoutMs?: number;
  connectTimeoutMs?: number;
  /** How long a claimed delivery stays held by this attempt; must exceed the timeout. */
  leaseMs?: number;
}

export type AttemptOutcome =
  | {
      outcome: 'delivered' | 'retry' | 'failed';
      attemptId: string;
      statusCode: number | null;
      errorClass: string | null;
      nextAttemptAt: Date | null;
      /** Deliveries this one was holding back (ordered webhooks) that are now free to go. */
      wake: WakeTarget[];
      webhookDisabled: boolean;
    }
  /** Not ours to attempt now: done, not due, or held by another attempt's lease. */
  | { outcome: 'skipped' }
  /** Department not approved, or webhook inactive/disabled: kept for when that is lifted. */
  | { outcome: 'held' }
  /** Ordered webhook: an earlier delivery is still unfinished. */
  | { outcome: 'waiting' }
  /** Its event's data was removed by the retention job: nothing left to send; marked failed. */
  | { outcome: 'expired' };

type Claimed = {
  id: string;
  webhook_id: string;
  department_id: string;
  event_type: string;
  message_id: string;
  attempt_count: number;
  pending_trigger: string;
  created_at: string;
  url: string;
  content_type: 'json' | 'form';
  verification: 'signature' | 'token';
  secret_ciphertext: string;
  previous_secret_ciphertext: string | null;
  previous_secret_expires_at: string | null;
  ssl_verify: boolean;
  custom_headers: Record<string, string>;
  ordered: boolean;
  active: boolean;
  disabled_at: string | null;
  failing: boolean;
  department_status: string;
  payload: unknown;
  purged: boolean;
};

const SENSITIVE_HEADER = /authorization|cookie|token|secret|api[-_]?key|password/i;

export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, SENSITIVE_HEADER.test(k) ? '[redacted]' : v]));
}

/** The body exactly as sent, for one delivery; the token style also carries the secret. */
export function buildBody(
  eventType: string,
  payload: unknown,
  departmentId: string,
  contentType: 'json' | 'form',
  token: string | null,
): { body: string; stored: string; contentTypeHeader: string } {
  const envelope: Record<string, unknown> =
    eventType === 'lead.created'
      ? { ...leadCreatedEnvelope(payload as LeadCreatedEventPayload, departmentId) }
      : { ...(payload as Record<string, unknown>) };
  const json = JSON.stringify(token ? { ...envelope, token } : envelope);
  const storedJson = JSON.stringify(token ? { ...envelope, token: '[redacted]' } : envelope);
  if (contentType === 'form') {
    return {
      body: `payload=${encodeURIComponent(json)}`,
      stored: `payload=${encodeURIComponent(storedJson)}`,
      contentTypeHeader: 'application/x-www-form-urlencoded',
    };
  }
  return { body: json, stored: storedJson, contentTypeHeader: 'application/json' };
}

// The hot path's statements are postgres.js tagged templates, prepared once per connection
// (drizzle's execute() would parse and plan them on every delivery), and coalesced across the
// deliveries in flight (lib/delivery/batcher). Timestamps and JSON go as strings: drizzle turns
// off postgres.js's own serializers on this client.

interface ClaimRequest {
  id: string;
  now: string;
  lease: string;
  due: string;
}

const claimMany = createBatcher<ClaimRequest, Claimed | null>(async (reqs) => {
  const q = rawSql();
  const rows = await q<Claimed[]>`
    with req as (
      select distinct on (id) * from json_to_recordset(${JSON.stringify(reqs)}::json) as r(id uuid, now timestamptz, lease timestamptz, due timestamptz)
    ), c as (
      update deliveries d set locked_until = req.lease
        from req
       where d.id = req.id
         and d.status in ('pending', 'retrying')
         and (d.locked_until is null or d.locked_until < req.now)
         and (d.next_attempt_at is null or d.next_attempt_at <= req.due)
      returning d.id, d.webhook_id, d.department_id, d.event_id, d.event_type, d.message_id, d.attempt_count,
                d.pending_trigger, d.created_at
    )
    select c.id, c.webhook_id, c.department_id, c.event_type, c.message_id, c.attempt_count, c.pending_trigger,
           c.created_at::text as created_at,
           w.url, w.content_type, w.verification, w.secret_ciphertext, w.previous_secret_ciphertext,
           w.previous_secret_expires_at::text as previous_secret_expires_at, w.ssl_verify, w.custom_headers,
           w.ordered, w.active, w.disabled_at::text as disabled_at, w.failing_since is not null as failing,
           d.status as department_status, e.payload, e.purged_at is not null as purged
      from c
      join webhooks w on w.id = c.webhook_id
      join departments d on d.id = c.department_id
      join events e on e.id = c.event_id`;
  // Two requests for one delivery in the same batch: only the first gets the claim.
  const byId = new Map(rows.map((r) => [r.id, r]));
  return reqs.map((r) => {
    const row = byId.get(r.id) ?? null;
    byId.delete(r.id);
    return row;
  });
}, 100);

function claim(deliveryId: string, now: Date, leaseMs: number): Promise<Claimed | null> {
  return claimMany({
    id: deliveryId,
    now: now.toISOString(),
    lease: new Date(now.getTime() + leaseMs).toISOString(),
    due: new Date(now.getTime() + 1000).toISOString(),
  });
}

/** A successful attempt on a healthy webhook: the common case, recorded in bulk. */
interface SuccessRecord {
  delivery_id: string;
  attempt_number: number;
  trigger: string;
  request_url: string;
  request_headers: Record<string, string>;
  request_body: string;
  response_status: number;
  response_headers: Record<string, string>;
  response_body: string;
  response_body_truncated: boolean;
  remote_address: string | null;
  duration_ms: number;
  started_at: string;
}

const recordSuccesses = createBatcher<SuccessRecord, string>(async (recs) => {
  const q = rawSql();
  const rows = await q<{ id: string; delivery_id: string }[]>`
    with r as (
      select * from json_to_recordset(${JSON.stringify(recs)}::json) as r(
        delivery_id uuid, attempt_number int, trigger text, request_url text, request_headers jsonb, request_body text,
        response_status int, response_headers jsonb, response_body text, response_body_truncated boolean,
        remote_address text, duration_ms int, started_at timestamptz)
    ), a as (
      insert into delivery_attempts (delivery_id, attempt_number, trigger, request_url, request_headers, request_body,
             response_status, response_headers, response_body, response_body_truncated, remote_address, duration_ms, started_at)
      select delivery_id, attempt_number, trigger, request_url, request_headers, request_body, response_status,
             response_headers, response_body, response_body_truncated, remote_address, duration_ms, started_at from r
      returning id, delivery_id
    ), d as (
      update deliveries set status = 'delivered', attempt_count = deliveries.attempt_count + 1, next_attempt_at = null,
             locked_until = null, pending_trigger = 'auto', last_status_code = r.response_status, last_error = null,
             last_duration_ms = r.duration_ms, last_attempt_at = r.started_at, delivered_at = r.started_at
        from r where deliveries.id = r.delivery_id
    )
    select id, delivery_id from a`;
  const byDelivery = new Map(rows.map((r) => [r.delivery_id, r.id]));
  return recs.map((r) => {
    const id = byDelivery.get(r.delivery_id);
    if (!id) throw new Error(`recording delivery ${r.delivery_id} returned nothing`);
    return id;
  });
}, 100);

async function release(deliveryId: string, status: 'held' | null): Promise<void> {
  await db.execute(sql`
    update deliveries set locked_until = null ${status ? sql`, status = ${status}` : sql``}
     where id = ${deliveryId}::uuid`);
}

async function hasUnfinishedPredecessor(c: Claimed): Promise<boolean> {
  const rows = await db.execute<{ waiting: boolean }>(sql`
    select exists (
      select 1 from deliveries
       where webhook_id = ${c.webhook_id}::uuid and status in ('pending', 'retrying', 'held')
         and (created_at, id) < (${c.created_at}::timestamptz, ${c.id}::uuid)) as waiting`);
  return rows[0]?.waiting ?? false;
}

/** The next undelivered delivery of an ordered webhook, now free to go. */
async function nextInLine(webhookId: string): Promise<WakeTarget[]> {
  const rows = await db.execute<{ id: string }>(sql`
    select id from deliveries where webhook_id = ${webhookId}::uuid and status in ('pending', 'retrying')
     order by created_at, id limit 1`);
  return rows.map((r) => ({ id: r.id, webhookId }));
}

// currentSsrfOptions() returns the same object until the policy changes, so its compiled
// lookup is built once per policy rather than once per delivery.
const guardedLookups = new WeakMap<SsrfOptions, LookupFunction>();
function guardedLookupFor(ssrf: SsrfOptions): LookupFunction {
  let lookup = guardedLookups.get(ssrf);
  if (!lookup) {
    lookup = createGuardedLookup(ssrf);
    guardedLookups.set(ssrf, lookup);
  }
  return lookup;
}

export async function attemptDelivery(deliveryId: string, opts: AttemptOptions = {}): Promise<AttemptOutcome> {
  const clock = opts.clock ?? (() => new Date());
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const leaseMs = opts.leaseMs ?? Number(process.env.PUENTE_LEASE_MS ?? timeoutMs + 15_000);
  const now = clock();

  const c = await claim(deliveryId, now, leaseMs);
  if (!c) return { outcome: 'skipped' };

  if (c.purged) {
    // A redeliver that raced the retention purge: never send the emptied payload.
    await db.execute(sql`
      update deliveries set status = 'failed', locked_until = null, next_attempt_at = null, pending_trigger = 'auto',
             last_error = 'Its data was removed under the retention policy.'
       where id = ${c.id}::uuid`);
    return { outcome: 'expired' };
  }
  if (c.department_status !== 'approved' || !c.active || c.disabled_at) {
    await release(c.id, 'held');
    return { outcome: 'held' };
  }
  if (c.ordered && (await hasUnfinishedPredecessor(c))) {
    await release(c.id, null);
    return { outcome: 'waiting' };
  }

  const secrets = [decryptSecret(c.secret_ciphertext)];
  if (c.previous_secret_ciphertext && c.previous_secret_expires_at && new Date(c.previous_secret_expires_at) > now) {
    secrets.push(decryptSecret(c.previous_secret_ciphertext));
  }
  const token = c.verification === 'token' ? secrets[0]! : null;
  const { body, stored, contentTypeHeader } = buildBody(c.event_type, c.payload, c.department_id, c.content_type, token);
  const timestamp = Math.floor(now.getTime() / 1000);
  const headers: Record<string, string> = {
    // The department's own headers first, so they can never override the signature.
    ...c.custom_headers,
    'Content-Type': contentTypeHeader,
    ...buildSignatureHeaders({
      messageId: c.message_id,
      timestamp,
      body,
      secrets,
      eventType: c.event_type,
      webhookId: c.webhook_id,
      deliveryId: c.id,
      userAgentVersion: PUENTE_VERSION,
      token,
    }),
  };

  const ssrf = await currentSsrfOptions();
  let result: PostWebhookResult;
  const parsed = parseWebhookUrl(c.url, ssrf);
  if (!parsed.ok) {
    result = { ok: false, errorClass: 'blocked', message: parsed.error, durationMs: 0 };
  } else if (Buffer.byteLength(body) > REQUEST_BODY_LIMIT) {
    result = { ok: false, errorClass: 'blocked', message: `payload of ${Buffer.byteLength(body)} bytes is over the ${REQUEST_BODY_LIMIT}-byte limit`, durationMs: 0 };
  } else {
    result = await postWebhook({
      url: parsed.url,
      headers,
      body,
      timeoutMs,
      connectTimeoutMs: opts.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
      maxResponseBytes: RESPONSE_BODY_LIMIT,
      sslVerify: c.ssl_verify,
      lookup: guardedLookupFor(ssrf),
    });
  }

  return record(c, { now, result, requestHeaders: redactHeaders(headers), storedBody: stored, random: opts.random });
}

async function record(
  c: Claimed,
  x: { now: Date; result: PostWebhookResult; requestHeaders: Record<string, string>; storedBody: string; random?: () => number },
): Promise<AttemptOutcome> {
  const { now, result } = x;
  const attemptNumber = c.attempt_count + 1;
  const status = result.ok ? result.status : null;
  const klass = result.ok ? classifyResponse(result.status) : 'retry';
  const errorClass = result.ok ? (klass === 'success' ? null : 'http') : result.errorClass;
  const errorMessage = result.ok ? (klass === 'success' ? null : `HTTP ${result.status}`) : result.message;
  // 'manual-continue': an early manual try of a delivery still on its schedule; if it fails the
  // schedule carries on. 'manual' and 'recover' on a final delivery are one-off attempts.
  const trigger = c.pending_trigger === 'manual-continue' ? 'manual' : c.pending_trigger;
  const oneOff = c.pending_trigger !== 'auto' && c.pending_trigger !== 'manual-continue';

  let outcome: 'delivered' | 'retry' | 'failed';
  let nextAttemptAt: Date | null = null;
  let disableReason: string | null = null;
  if (klass === 'success') {
    outcome = 'delivered';
  } else if (klass === 'gone') {
    outcome = 'failed';
    disableReason = 'The receiver answered 410 Gone.';
  } else {
    const retryAfter =
      result.ok && (result.status === 429 || result.status === 503) ? parseRetryAfter(result.headers['retry-after'], now) : null;
    // A manual redeliver or a recover is one attempt; the schedule is not restarted.
    const delay = oneOff ? null : nextAttemptDelay(attemptNumber, { random: x.random, retryAfterMs: retryAfter });
    if (delay === null) outcome = 'failed';
    else {
      outcome = 'retry';
      nextAttemptAt = new Date(now.getTime() + delay);
    }
  }

  const disableAfterMs = env().WEBHOOK_DISABLE_AFTER_DAYS * 86_400_000;
  const failingThreshold = new Date(now.getTime() - disableAfterMs);
  const deliveryStatus = outcome === 'delivered' ? 'delivered' : outcome === 'retry' ? 'retrying' : 'failed';

  if (outcome === 'delivered' && !c.failing && result.ok) {
    const attemptId = await recordSuccesses({
      delivery_id: c.id,
      attempt_number: attemptNumber,
      trigger,
      request_url: c.url,
      request_headers: x.requestHeaders,
      request_body: x.storedBody,
      response_status: result.status,
      response_headers: result.headers,
      response_body: result.body,
      response_body_truncated: result.bodyTruncated,
      remote_address: result.remoteAddress,
      duration_ms: Math.round(result.durationMs),
      started_at: now.toISOString(),
    });
    const wake = c.ordered ? await nextInLine(c.webhook_id) : [];
    return { outcome, attemptId, statusCode: status, errorClass: null, nextAttemptAt: null, wake, webhookDisabled: false };
  }

  // Otherwise one statement: the attempt, the delivery's new state and the webhook's health change together.
  const q = rawSql();
  const failed = outcome !== 'delivered';
  const disableNow = disableReason !== null;
  const nowIso = now.toISOString();
  const nextIso = nextAttemptAt?.toISOString() ?? null;
  const thresholdIso = failingThreshold.toISOString();
  const streakReason = `Every delivery failed for ${env().WEBHOOK_DISABLE_AFTER_DAYS} days.`;
  const rows = await q<{ attempt_id: string; disabled_now: boolean | null }[]>`
    with a as (
      insert into delivery_attempts (delivery_id, attempt_number, trigger, request_url, request_headers, request_body,
             response_status, response_headers, response_body, response_body_truncated, remote_address,
             error_class, error_message, duration_ms, started_at, next_attempt_at)
      values (${c.id}, ${attemptNumber}, ${trigger}, ${c.url}, ${JSON.stringify(x.requestHeaders)}, ${x.storedBody},
             ${status}, ${result.ok ? JSON.stringify(result.headers) : null}, ${result.ok ? result.body : null},
             ${result.ok ? result.bodyTruncated : false}, ${result.remoteAddress ?? null},
             ${errorClass}, ${errorMessage}, ${Math.round(result.durationMs)}, ${nowIso}, ${nextIso})
      returning id
    ), d as (
      update deliveries set status = ${deliveryStatus}, attempt_count = attempt_count + 1,
             next_attempt_at = ${nextIso}, locked_until = null,
             pending_trigger = 'auto', last_status_code = ${status}, last_error = ${errorMessage},
             last_duration_ms = ${Math.round(result.durationMs)}, last_attempt_at = ${nowIso},
             delivered_at = ${outcome === 'delivered' ? nowIso : null}
       where id = ${c.id}
    ), w as (
      update webhooks set
        failing_since = case when ${failed} then coalesce(failing_since, ${nowIso}) else null end,
        disabled_at = case
          when disabled_at is not null then disabled_at
          when ${disableNow} then ${nowIso}
          when ${failed} and coalesce(failing_since, ${nowIso}) <= ${thresholdIso} then ${nowIso}
          else null end,
        disabled_reason = case
          when disabled_at is not null then disabled_reason
          when ${disableNow} then ${disableReason ?? ''}
          when ${failed} and coalesce(failing_since, ${nowIso}) <= ${thresholdIso} then ${streakReason}
          else null end
       where id = ${c.webhook_id} and (${failed} or failing_since is not null)
      returning (disabled_at = ${nowIso}) as disabled_now
    )
    select a.id as attempt_id, (select disabled_now from w) as disabled_now from a`;
  const row = rows[0];
  if (!row) throw new Error('recording the attempt returned nothing');

  const webhookDisabled = row.disabled_now === true;
  if (webhookDisabled) {
    await recordAudit(db, SYSTEM_ACTOR, {
      action: 'webhook.disabled',
      departmentId: c.department_id,
      targetType: 'webhook',
      targetId: c.webhook_id,
      details: { reason: disableReason ?? streakReason, deliveryId: c.id, statusCode: status },
    });
  }
  const wake = c.ordered && outcome !== 'retry' ? await nextInLine(c.webhook_id) : [];
  return { outcome, attemptId: row.attempt_id, statusCode: status, errorClass, nextAttemptAt, wake, webhookDisabled };
}

export { MAX_ATTEMPTS };
