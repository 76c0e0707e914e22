/**
 * attemptDelivery: the ONE function that talks to a consumer. Both engines (the embedded
 * dispatcher and Inngest) call it; the schedule, signing, SSRF guard, circuit breaker and
 * recording live here or below. It claims the delivery from the work list (delivery_queue)
 * with a lease, sends one signed POST, records the attempt, and decides: delivered, retry at T,
 * failed, or disable the webhook. docs/decisions/012-delivery-engine-v2.md explains the tables.
 */
import type postgres from 'postgres';
import { db, rawSql } from '../../db/client';
import { SYSTEM_ACTOR, recordAudit } from '../audit/record-audit';
import { env } from '../env';
import { decryptSecret } from '../secrets/crypto';
import { PUENTE_VERSION } from '../version';
import { openCustomHeaders } from '../webhooks/custom-headers';
import { REDACTED, redactHeaders } from '../webhooks/sensitive-headers';
import { createBatcher } from './batcher';
import { boundedCache, type BoundedCache } from './bounded-cache';
import { ENVELOPE_VERSION, envelopeVersionOf, leadCreatedEnvelope, type EnvelopeVersion, type LeadCreatedEventPayload } from './envelope';
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
  /** Already claimed by the embedded dispatcher's batch claim (claimDueDeliveries). */
  claimed?: ClaimedDelivery;
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
      /** This failure opened the webhook's circuit breaker: nothing more is sent before this. */
      coolingUntil: Date | null;
    }
  /** Not ours to attempt now: done, not due, or held by another attempt's lease. */
  | { outcome: 'skipped' }
  /** The webhook already has its cap of requests in flight: try again in a moment. */
  | { outcome: 'busy' }
  /** The webhook's circuit breaker is open: nothing is sent to it before `until`. */
  | { outcome: 'cooling'; until: Date }
  /** Department not approved, or webhook inactive/disabled: kept for when that is lifted. */
  | { outcome: 'held' }
  /** Ordered webhook: an earlier delivery is still unfinished. */
  | { outcome: 'waiting' }
  /** Its event's data was removed by the retention job: nothing left to send; marked failed. */
  | { outcome: 'expired' };

/** A delivery claimed with a lease, with everything needed to send it. */
export interface ClaimedDelivery {
  id: string;
  webhook_id: string;
  department_id: string;
  event_id: string;
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
  /** The webhook is failing or its breaker has counted failures: a success must reset it. */
  unhealthy: boolean;
  department_status: string;
  /** The event's payload as JSON text: parsed only when its envelope is not cached yet. */
  payload: string;
  purged: boolean;
  /** A test lead: sent with X-Puente-Test. */
  test: boolean;
  /** The webhook's pinned envelope version, or null for the newest. */
  envelope_version: string | null;
}

/** The engine's knobs, from the environment (lib/env.ts). */
export function engineSettings() {
  const e = env();
  return {
    defaultMaxInFlight: e.PUENTE_WEBHOOK_MAX_IN_FLIGHT,
    breakerThreshold: e.PUENTE_BREAKER_THRESHOLD,
    breakerCooldownMs: e.PUENTE_BREAKER_COOLDOWN_MS,
    breakerMaxCooldownMs: e.PUENTE_BREAKER_MAX_COOLDOWN_MS,
  };
}

// The envelope of one event for one department is the same for every webhook and every
// attempt: rendered once and kept while its deliveries are in flight (lib/delivery/bounded-cache).
const envelopes = boundedCache<string, string>(2_000);

function envelopeJson(eventId: string | null, eventType: string, payload: unknown, departmentId: string, version: EnvelopeVersion): string {
  const render = () => {
    const data: unknown = typeof payload === 'string' ? JSON.parse(payload) : payload;
    return JSON.stringify(
      eventType === 'lead.created' ? leadCreatedEnvelope(data as LeadCreatedEventPayload, departmentId, version) : (data as Record<string, unknown>),
    );
  };
  return eventId ? envelopes.get(`${eventId}:${departmentId}:${version}`, render) : render();
}

/** `{…envelope, token}` without parsing the envelope again (it is an object with no `token`). */
function withToken(json: string, token: string): string {
  return json === '{}' ? JSON.stringify({ token }) : `${json.slice(0, -1)},"token":${JSON.stringify(token)}}`;
}

/** The body exactly as sent, for one delivery; the token style also carries the secret. */
export function buildBody(
  eventType: string,
  payload: unknown,
  departmentId: string,
  contentType: 'json' | 'form',
  token: string | null,
  eventId: string | null = null,
  version: EnvelopeVersion = ENVELOPE_VERSION,
): { body: string; stored: string; contentTypeHeader: string } {
  const envelope = envelopeJson(eventId, eventType, payload, departmentId, version);
  const json = token ? withToken(envelope, token) : envelope;
  const storedJson = token ? withToken(envelope, REDACTED) : envelope;
  if (contentType === 'form') {
    return {
      body: `payload=${encodeURIComponent(json)}`,
      stored: `payload=${encodeURIComponent(storedJson)}`,
      contentTypeHeader: 'application/x-www-form-urlencoded',
    };
  }
  return { body: json, stored: storedJson, contentTypeHeader: 'application/json' };
}

// Decrypting a secret is cheap but not free, and a webhook's secret is the same for thousands
// of deliveries: keyed by the ciphertext, so a rotation is a new key, never a stale hit.
const secrets = boundedCache<string, string>(1_000);
function secretOf(ciphertext: string): string {
  return secrets.get(ciphertext, () => decryptSecret(ciphertext));
}

// The hot path's statements are postgres.js tagged templates, prepared once per connection
// (drizzle's execute() would parse and plan them on every delivery), and coalesced across the
// deliveries in flight (lib/delivery/batcher). Timestamps and JSON go as strings: drizzle turns
// off postgres.js's own serializers on this client.

/**
 * Claims are serialised across every worker by this transaction-scoped advisory lock, taken in
 * its own statement so that the claim statement's snapshot sees every lease committed by the
 * claimer before it: that is what makes the per-webhook cap exact with several workers.
 *
 * A claim's commit does not wait for its WAL to reach disk (synchronous_commit off for that
 * transaction only): a lease lost in a crash only makes its row due again, which at-least-once
 * delivery allows, and the attempt record that follows commits synchronously (flushing the
 * claim's WAL with it). The three statements are pipelined: one round trip, not five.
 */
const CLAIM_LOCK = 74061;

type Sql = ReturnType<typeof rawSql>;
type TxSql = postgres.TransactionSql;

/** Webhook `w`'s cap on requests in flight now: 1 for an ordered webhook or a breaker probe. */
function capOf(q: Sql | TxSql, s: ReturnType<typeof engineSettings>) {
  return q`case when w.ordered or w.consecutive_failures >= ${s.breakerThreshold} then 1
                else coalesce(w.max_in_flight, ${s.defaultMaxInFlight}) end`;
}

/**
 * The end of both claims: the leased rows (CTE `leased`, by delivery_id) with everything needed
 * to send them. Deliveries are looked up by primary key (`= any(array(…))`): as a join, a cached
 * generic plan hashed the claimed rows against a scan of the whole table.
 */
function claimedSelect(q: Sql | TxSql) {
  return q`
    c as (
      select d.id, d.webhook_id, d.department_id, d.event_id, d.event_type, d.message_id, d.attempt_count, d.pending_trigger, d.created_at
        from deliveries d where d.id = any(array(select delivery_id from leased))
    )
    select c.id, c.webhook_id, c.department_id, c.event_id, c.event_type, c.message_id, c.attempt_count, c.pending_trigger,
           c.created_at::text as created_at,
           w.url, w.content_type, w.verification, w.secret_ciphertext, w.previous_secret_ciphertext,
           w.previous_secret_expires_at::text as previous_secret_expires_at, w.ssl_verify, w.custom_headers,
           w.ordered, w.active, w.disabled_at::text as disabled_at, w.envelope_version,
           (w.failing_since is not null or w.consecutive_failures > 0 or w.next_probe_at is not null) as unhealthy,
           dep.status as department_status, e.payload::text as payload, e.purged_at is not null as purged, e.test
      from c
      join webhooks w on w.id = c.webhook_id
      join departments dep on dep.id = c.department_id
      join events e on e.id = c.event_id`;
}

/**
 * The fair batch claim of the embedded dispatcher. Per webhook that is not cooling: its room
 * (its cap minus its leased rows; 1 for an ordered webhook or a breaker probe), then its oldest
 * due rows up to that room; across webhooks, round-robin by rank (every webhook's first, then
 * every webhook's second, …), webhooks with fewer requests in flight first within a rank, up to
 * `limit`. Claimers take turns (CLAIM_LOCK); SKIP LOCKED passes over rows another transaction
 * holds (a redeliver being written). When nothing is due it also says when the next row comes
 * due, so an idle dispatcher knows when to look.
 */
export async function claimDueDeliveries(
  limit: number,
  opts: { now?: Date; leaseMs?: number } = {},
): Promise<{ claimed: ClaimedDelivery[]; nextRunAt: Date | null }> {
  const q = rawSql();
  const now = opts.now ?? new Date();
  const leaseMs = opts.leaseMs ?? leaseOf();
  const s = engineSettings();
  const nowIso = now.toISOString();
  const lease = new Date(now.getTime() + leaseMs).toISOString();
  const [, , claimed] = await q.begin((tx) => [
    tx`set local synchronous_commit = off`,
    tx`select pg_advisory_xact_lock(${CLAIM_LOCK})`,
    tx<ClaimedDelivery[]>`
    with hooks as (
      select w.id, ${capOf(tx, s)} as cap
        from webhooks w
       where w.next_probe_at is null or w.next_probe_at <= ${nowIso}
    ), room as (
      select h.id, h.cap - f.leased as n, f.leased
        from hooks h
        cross join lateral (select count(*) as leased from delivery_queue l where l.webhook_id = h.id and l.lease_until > ${nowIso}) f
    ), picked as (
      select p.delivery_id, p.run_at, r.leased, row_number() over (partition by p.webhook_id order by p.run_at) as rank
        from room r
        cross join lateral (
          select dq.delivery_id, dq.webhook_id, dq.run_at from delivery_queue dq
           where dq.webhook_id = r.id and dq.run_at <= ${nowIso}
           -- (webhook_id, run_at): the order of delivery_queue_webhook_due_idx, so the planner walks
           -- this webhook's due rows only, never another webhook's backlog.
           order by dq.webhook_id, dq.run_at
           limit greatest(r.n, 0)
           for update skip locked
        ) p
       where r.n > 0
    ), chosen as (
      -- Round-robin by rank; within a rank, webhooks with fewer requests in flight first: when
      -- slots are scarce (several endpoints hanging at once), a healthy webhook's new lead goes
      -- before a hanging one's older backlog.
      select delivery_id from picked order by rank, leased, run_at limit ${limit}
    ), leased as (
      -- By primary key: joined to the CTE instead, the planner hashes it and scans the whole queue.
      update delivery_queue dq set run_at = ${lease}, lease_until = ${lease}
       where dq.delivery_id = any(array(select delivery_id from chosen))
      returning dq.delivery_id
    ), ${claimedSelect(tx)}`,
  ]);
  if (claimed.length > 0) return { claimed: [...claimed], nextRunAt: null };
  // Nothing due: say when the next row that is not due yet comes due, so an idle dispatcher knows when to look.
  const [next] = await q<{ at: string | null }[]>`
    select min(run_at)::text as at from delivery_queue where run_at > ${nowIso} and run_at < 'infinity'`;
  return { claimed: [...claimed], nextRunAt: next?.at ? new Date(next.at) : null };
}

interface ClaimRequest {
  id: string;
  now: string;
  lease: string;
  due: string;
}

/** Claims named deliveries (Inngest, redeliver tests), with the same cap and breaker rules as the batch claim. */
const claimByIds = createBatcher<ClaimRequest, ClaimedDelivery | null>(async (reqs) => {
  const q = rawSql();
  const s = engineSettings();
  const ids = uuidArray(reqs.map((r) => r.id));
  // Several named deliveries of one webhook in one batch share its room: ranked, not each
  // compared with the same count.
  const [, , rows] = await q.begin((tx) => [
    tx`set local synchronous_commit = off`,
    tx`select pg_advisory_xact_lock(${CLAIM_LOCK})`,
    tx<ClaimedDelivery[]>`
    with req as (
      select distinct on (id) * from json_to_recordset(${JSON.stringify(reqs)}::json) as r(id uuid, now timestamptz, lease timestamptz, due timestamptz)
    ), locked as (
      select dq.delivery_id, dq.webhook_id, dq.run_at, req.lease, req.now
        from req join delivery_queue dq on dq.delivery_id = req.id and dq.delivery_id = any(${ids}::uuid[])
       where dq.run_at <= req.due and (dq.lease_until is null or dq.lease_until < req.now)
       for update of dq skip locked
    ), ranked as (
      select l.delivery_id, l.lease,
             row_number() over (partition by l.webhook_id order by l.run_at, l.delivery_id) as rank,
             ${capOf(tx, s)} - (select count(*) from delivery_queue x where x.webhook_id = l.webhook_id and x.lease_until > l.now) as room
        from locked l join webhooks w on w.id = l.webhook_id
       where w.next_probe_at is null or w.next_probe_at <= l.now
    ), leased as (
      update delivery_queue dq set run_at = r.lease, lease_until = r.lease
        from ranked r
       where dq.delivery_id = any(${ids}::uuid[]) and dq.delivery_id = r.delivery_id and r.rank <= r.room
      returning dq.delivery_id
    ), ${claimedSelect(tx)}`,
  ]);
  // Two requests for one delivery in the same batch: only the first gets the claim.
  const byId = new Map(rows.map((r) => [r.id, r]));
  return reqs.map((r) => {
    const row = byId.get(r.id) ?? null;
    byId.delete(r.id);
    return row;
  });
}, 100);

/** Why a named delivery could not be claimed: finished, not due, leased, at its cap, or cooling. */
async function whyNotClaimed(deliveryId: string, now: Date): Promise<AttemptOutcome> {
  const q = rawSql();
  const nowIso = now.toISOString();
  const [row] = await q<{ run_at: string; leased: boolean; next_probe_at: string | null }[]>`
    select dq.run_at::text as run_at, coalesce(dq.lease_until > ${nowIso}, false) as leased, w.next_probe_at::text as next_probe_at
      from delivery_queue dq join webhooks w on w.id = dq.webhook_id
     where dq.delivery_id = ${deliveryId}`;
  // Finished, held (run_at 'infinity'), leased by another attempt, or not due yet.
  if (!row || row.leased || row.run_at === 'infinity' || new Date(row.run_at).getTime() > now.getTime() + 1000) return { outcome: 'skipped' };
  if (row.next_probe_at && new Date(row.next_probe_at) > now) return { outcome: 'cooling', until: new Date(row.next_probe_at) };
  return { outcome: 'busy' };
}

/** The whole-request timeout of an attempt: the caller's, else PUENTE_HTTP_TIMEOUT_MS, else 15 s. */
function timeoutOf(opts: AttemptOptions): number {
  return opts.timeoutMs ?? env().PUENTE_HTTP_TIMEOUT_MS ?? DEFAULT_TIMEOUT_MS;
}

/**
 * How long a claim holds a delivery: longer than the attempt's timeout, so a lease never runs out
 * while its request may still be on the wire (another claim would then send it a second time).
 */
export function leaseOf(opts: AttemptOptions = {}): number {
  return opts.leaseMs ?? env().PUENTE_LEASE_MS ?? timeoutOf(opts) + 15_000;
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

/**
 * Postgres cannot know how many rows a JSON parameter holds (it guesses 100) and would hash-join
 * the batch against a scan of the whole table; the ids as a uuid[] parameter make it a primary-key
 * lookup per row instead. uuids need no quoting inside an array literal.
 */
function uuidArray(ids: string[]): string {
  return `{${ids.join(',')}}`;
}

const recordSuccesses = createBatcher<SuccessRecord, string>(async (recs) => {
  const q = rawSql();
  const ids = uuidArray(recs.map((r) => r.delivery_id));
  // One array per column (unnest), not a JSON document: Postgres parses a text[] of bodies much
  // faster than the same bodies escaped inside JSON (measured in docs/decisions/012).
  const col = <K extends keyof SuccessRecord>(k: K) => q.array(recs.map((r) => (r[k] === null ? null : String(r[k]))) as string[]);
  const json = (k: 'request_headers' | 'response_headers') => q.array(recs.map((r) => JSON.stringify(r[k])));
  const rows = await q<{ id: string; delivery_id: string }[]>`
    with r as (
      select * from unnest(${ids}::uuid[], ${col('attempt_number')}::int[], ${col('trigger')}::text[], ${col('request_url')}::text[],
                           ${json('request_headers')}::jsonb[], ${col('request_body')}::text[], ${col('response_status')}::int[],
                           ${json('response_headers')}::jsonb[], ${col('response_body')}::text[], ${col('response_body_truncated')}::boolean[],
                           ${col('remote_address')}::text[], ${col('duration_ms')}::int[], ${col('started_at')}::timestamptz[])
        as r(delivery_id, attempt_number, trigger, request_url, request_headers, request_body, response_status,
             response_headers, response_body, response_body_truncated, remote_address, duration_ms, started_at)
    ), a as (
      insert into delivery_attempts (delivery_id, attempt_number, trigger, request_url, request_headers, request_body,
             response_status, response_headers, response_body, response_body_truncated, remote_address, duration_ms, started_at)
      select delivery_id, attempt_number, trigger, request_url, request_headers, request_body, response_status,
             response_headers, response_body, response_body_truncated, remote_address, duration_ms, started_at from r
      returning id, delivery_id
    ), d as (
      update deliveries set status = 'delivered', attempt_count = deliveries.attempt_count + 1, next_attempt_at = null,
             pending_trigger = 'auto', last_status_code = r.response_status, last_error = null,
             last_duration_ms = r.duration_ms, last_attempt_at = r.started_at, delivered_at = r.started_at
        from r where deliveries.id = any(${ids}::uuid[]) and deliveries.id = r.delivery_id
    ), done as (
      delete from delivery_queue dq where dq.delivery_id = any(${ids}::uuid[])
    )
    select id, delivery_id from a`;
  const byDelivery = new Map(rows.map((r) => [r.delivery_id, r.id]));
  return recs.map((r) => {
    const id = byDelivery.get(r.delivery_id);
    if (!id) throw new Error(`recording delivery ${r.delivery_id} returned nothing`);
    return id;
  });
}, 200);

/** Gives the claim back: held (run_at 'infinity', status held), or due again at `runAt`. */
async function release(c: ClaimedDelivery, to: { held: true } | { runAt: Date }): Promise<void> {
  const q = rawSql();
  if ('held' in to) {
    await q`
      with d as (update deliveries set status = 'held' where id = ${c.id})
      update delivery_queue set run_at = 'infinity', lease_until = null where delivery_id = ${c.id}`;
  } else {
    await q`update delivery_queue set run_at = ${to.runAt.toISOString()}, lease_until = null where delivery_id = ${c.id}`;
  }
}

async function hasUnfinishedPredecessor(c: ClaimedDelivery): Promise<boolean> {
  const q = rawSql();
  const rows = await q<{ waiting: boolean }[]>`
    select exists (
      select 1 from deliveries
       where webhook_id = ${c.webhook_id} and status in ('pending', 'retrying', 'held')
         and (created_at, id) < (${c.created_at}::timestamptz, ${c.id}::uuid)) as waiting`;
  return rows[0]?.waiting ?? false;
}

/** The next undelivered delivery of an ordered webhook: made due now, and returned for Inngest to request. */
async function nextInLine(webhookId: string, now: Date): Promise<WakeTarget[]> {
  const q = rawSql();
  const rows = await q<{ id: string }[]>`
    with n as (
      select id from deliveries where webhook_id = ${webhookId} and status in ('pending', 'retrying')
       order by created_at, id limit 1
    ), due as (
      update delivery_queue dq set run_at = least(dq.run_at, ${now.toISOString()}) from n
       where dq.delivery_id = n.id and dq.lease_until is null
    )
    select id from n`;
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

// The same for a webhook's URL checked against the same policy: parsed and judged once. A
// policy change is a new options object, so a new (empty) map.
const parsedUrls = new WeakMap<SsrfOptions, BoundedCache<string, ReturnType<typeof parseWebhookUrl>>>();
function parsedUrlFor(url: string, ssrf: SsrfOptions): ReturnType<typeof parseWebhookUrl> {
  let byUrl = parsedUrls.get(ssrf);
  if (!byUrl) {
    byUrl = boundedCache(1_000);
    parsedUrls.set(ssrf, byUrl);
  }
  return byUrl.get(url, () => parseWebhookUrl(url, ssrf));
}

/** An ordered delivery waiting for its predecessor is looked at again after this, in case a wake-up was lost. */
const WAITING_RECHECK_MS = 60_000;

export async function attemptDelivery(deliveryId: string, opts: AttemptOptions = {}): Promise<AttemptOutcome> {
  const clock = opts.clock ?? (() => new Date());
  const timeoutMs = timeoutOf(opts);
  const leaseMs = leaseOf(opts);
  const now = clock();

  let c = opts.claimed ?? null;
  if (!c) {
    c = await claimByIds({
      id: deliveryId,
      now: now.toISOString(),
      lease: new Date(now.getTime() + leaseMs).toISOString(),
      due: new Date(now.getTime() + 1000).toISOString(),
    });
    if (!c) return whyNotClaimed(deliveryId, now);
  }

  if (c.purged) {
    // A redeliver that raced the retention purge: never send the emptied payload.
    await rawSql()`
      with d as (
        update deliveries set status = 'failed', next_attempt_at = null, pending_trigger = 'auto',
               last_error = 'Its data was removed under the retention policy.'
         where id = ${c.id})
      delete from delivery_queue where delivery_id = ${c.id}`;
    return { outcome: 'expired' };
  }
  if (c.department_status !== 'approved' || !c.active || c.disabled_at) {
    await release(c, { held: true });
    return { outcome: 'held' };
  }
  if (c.ordered && (await hasUnfinishedPredecessor(c))) {
    await release(c, { runAt: new Date(now.getTime() + WAITING_RECHECK_MS) });
    return { outcome: 'waiting' };
  }

  const secrets = [secretOf(c.secret_ciphertext)];
  if (c.previous_secret_ciphertext && c.previous_secret_expires_at && new Date(c.previous_secret_expires_at) > now) {
    secrets.push(secretOf(c.previous_secret_ciphertext));
  }
  const token = c.verification === 'token' ? secrets[0]! : null;
  const { body, stored, contentTypeHeader } = buildBody(c.event_type, c.payload, c.department_id, c.content_type, token, c.event_id, envelopeVersionOf(c.envelope_version));
  const timestamp = Math.floor(now.getTime() / 1000);
  const headers: Record<string, string> = {
    // The department's own headers first, so they can never override the signature.
    ...openCustomHeaders(c.custom_headers, secretOf),
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
      test: c.test,
    }),
  };

  const ssrf = await currentSsrfOptions();
  let result: PostWebhookResult;
  const parsed = parsedUrlFor(c.url, ssrf);
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

/** Does this result count towards opening the circuit breaker? The endpoint did not answer usefully. */
export function isBreakerFailure(result: PostWebhookResult): boolean {
  if (!result.ok) return result.errorClass !== 'blocked';
  return result.status >= 500 || result.status === 429;
}

async function record(
  c: ClaimedDelivery,
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

  if (outcome === 'delivered' && !c.unhealthy && result.ok) {
    const attemptId = await recordSuccesses({
      delivery_id: c.id,
      attempt_number: attemptNumber,
      trigger,
      request_url: c.url,
      request_headers: x.requestHeaders,
      request_body: x.storedBody,
      response_status: result.status,
      response_headers: redactHeaders(result.headers),
      response_body: result.body,
      response_body_truncated: result.bodyTruncated,
      remote_address: result.remoteAddress,
      duration_ms: Math.round(result.durationMs),
      started_at: now.toISOString(),
    });
    const wake = c.ordered ? await nextInLine(c.webhook_id, now) : [];
    return { outcome, attemptId, statusCode: status, errorClass: null, nextAttemptAt: null, wake, webhookDisabled: false, coolingUntil: null };
  }

  // Otherwise one statement: the attempt, the delivery's new state, its work-list row and the
  // webhook's health (failure streak, breaker, disable rule) change together.
  const e = env();
  const s = engineSettings();
  const q = rawSql();
  const failed = outcome !== 'delivered';
  const breakerFailure = failed && isBreakerFailure(result);
  const disableNow = disableReason !== null;
  const nowIso = now.toISOString();
  const nextIso = nextAttemptAt?.toISOString() ?? null;
  const thresholdIso = new Date(now.getTime() - e.WEBHOOK_DISABLE_AFTER_DAYS * 86_400_000).toISOString();
  const streakReason = `Every delivery failed for ${e.WEBHOOK_DISABLE_AFTER_DAYS} days.`;
  const rows = await q<{ attempt_id: string; disabled_now: boolean | null; next_probe_at: string | null }[]>`
    with a as (
      insert into delivery_attempts (delivery_id, attempt_number, trigger, request_url, request_headers, request_body,
             response_status, response_headers, response_body, response_body_truncated, remote_address,
             error_class, error_message, duration_ms, started_at, next_attempt_at)
      values (${c.id}, ${attemptNumber}, ${trigger}, ${c.url}, ${JSON.stringify(x.requestHeaders)}, ${x.storedBody},
             ${status}, ${result.ok ? JSON.stringify(redactHeaders(result.headers)) : null}, ${result.ok ? result.body : null},
             ${result.ok ? result.bodyTruncated : false}, ${result.remoteAddress ?? null},
             ${errorClass}, ${errorMessage}, ${Math.round(result.durationMs)}, ${nowIso}, ${nextIso})
      returning id
    ), d as (
      update deliveries set status = ${outcome === 'delivered' ? 'delivered' : outcome === 'retry' ? 'retrying' : 'failed'},
             attempt_count = attempt_count + 1, next_attempt_at = ${nextIso},
             pending_trigger = 'auto', last_status_code = ${status}, last_error = ${errorMessage},
             last_duration_ms = ${Math.round(result.durationMs)}, last_attempt_at = ${nowIso},
             delivered_at = ${outcome === 'delivered' ? nowIso : null}
       where id = ${c.id}
    ), qa as (
      update delivery_queue set run_at = ${nextIso}, lease_until = null where delivery_id = ${c.id} and ${nextIso}::timestamptz is not null
    ), qd as (
      delete from delivery_queue where delivery_id = ${c.id} and ${nextIso}::timestamptz is null
    ), w as (
      update webhooks set
        failing_since = case when ${failed} then coalesce(failing_since, ${nowIso}) else null end,
        -- A failure recorded while the breaker is already open was sent before it opened (the
        -- other requests in flight then): it neither counts again nor lengthens the cool-down.
        consecutive_failures = case when not ${breakerFailure} then 0
          when next_probe_at > ${nowIso}::timestamptz then consecutive_failures
          else consecutive_failures + 1 end,
        next_probe_at = case when ${breakerFailure} and next_probe_at > ${nowIso}::timestamptz then next_probe_at
          when ${breakerFailure} and consecutive_failures + 1 >= ${s.breakerThreshold}
          then ${nowIso}::timestamptz + least(${s.breakerMaxCooldownMs}::float8,
                 ${s.breakerCooldownMs}::float8 * power(2, least(consecutive_failures + 1 - ${s.breakerThreshold}, 20))) * interval '1 millisecond'
          else null end,
        cooling_since = case when ${breakerFailure} and (next_probe_at > ${nowIso}::timestamptz or consecutive_failures + 1 >= ${s.breakerThreshold})
          then coalesce(cooling_since, ${nowIso}) else null end,
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
       where id = ${c.webhook_id}
         and (${failed} or failing_since is not null or consecutive_failures > 0 or next_probe_at is not null)
      returning (disabled_at = ${nowIso}) as disabled_now, next_probe_at::text as next_probe_at
    )
    select a.id as attempt_id, (select disabled_now from w) as disabled_now, (select next_probe_at from w) as next_probe_at from a`;
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
  const coolingUntil = row.next_probe_at ? new Date(row.next_probe_at) : null;
  const wake = c.ordered && outcome !== 'retry' ? await nextInLine(c.webhook_id, now) : [];
  return { outcome, attemptId: row.attempt_id, statusCode: status, errorClass, nextAttemptAt, wake, webhookDisabled, coolingUntil };
}

export { MAX_ATTEMPTS };
