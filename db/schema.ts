/**
 * Puente's data model. Postgres is the source of truth for what must be delivered:
 * leads and their outbox events are written in one transaction together with one
 * `deliveries` row per subscribed webhook; the engines only wake that work up.
 */
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  index,
  inet,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

// ---------------------------------------------------------------- departments & people

export const departmentStatus = pgEnum('department_status', ['pending', 'approved', 'rejected', 'suspended']);

export const departments = pgTable(
  'departments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    acronym: text('acronym'),
    status: departmentStatus('status').notNull().default('pending'),
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    applicationReason: text('application_reason'),
    decisionReason: text('decision_reason'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: uuid('decided_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('departments_slug_key').on(t.slug), index('departments_status_idx').on(t.status)],
);

/** `admin` is a platform admin; everyone else is a `user` whose powers come from memberships. */
export const userRole = pgEnum('user_role', ['admin', 'user']);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash'),
    role: userRole('role').notNull().default('user'),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    /** Sessions signed in before this moment are no longer accepted (password changed or reset). */
    sessionsValidAfter: timestamp('sessions_valid_after', { withTimezone: true }),
    /** The person's language for e-mails (and, later, the dashboard): 'es' or 'en'. */
    locale: text('locale').notNull().default('es'),
    /**
     * Failure alert e-mails (docs/decisions/016-failure-alerts.md). null: the role's default
     * (department admins get them, staff do not); true: opted in; false: opted out.
     */
    alertEmails: boolean('alert_emails'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  // Emails are compared case-insensitively; the unique index enforces it.
  (t) => [uniqueIndex('users_email_key').on(sql`lower(${t.email})`), check('users_locale_known', sql`${t.locale} in ('es', 'en')`)],
);

export const membershipRole = pgEnum('membership_role', ['admin', 'staff']);

export const memberships = pgTable(
  'memberships',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id, { onDelete: 'cascade' }),
    role: membershipRole('role').notNull().default('staff'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.departmentId] }), index('memberships_department_idx').on(t.departmentId)],
);

export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: membershipRole('role').notNull().default('staff'),
    /** sha256 of the token in the link; the token itself is shown once and never stored. */
    tokenHash: text('token_hash').notNull(),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('invitations_token_hash_key').on(t.tokenHash), index('invitations_department_idx').on(t.departmentId)],
);

// ---------------------------------------------------------------- programs & leads

export const programKind = pgEnum('program_kind', ['financing', 'education', 'technical_assistance', 'incentive', 'certification']);
export const programStatus = pgEnum('program_status', ['open', 'closed']);

export const programs = pgTable(
  'programs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    kind: programKind('kind').notNull(),
    status: programStatus('status').notNull().default('open'),
    titleEs: text('title_es').notNull(),
    titleEn: text('title_en').notNull(),
    summaryEs: text('summary_es').notNull(),
    summaryEn: text('summary_en').notNull(),
    descriptionEs: text('description_es').notNull(),
    descriptionEn: text('description_en').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('programs_slug_key').on(t.slug),
    index('programs_department_idx').on(t.departmentId, t.status),
    index('programs_status_kind_idx').on(t.status, t.kind),
  ],
);

export const leads = pgTable(
  'leads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Human-friendly reference shown to the applicant, e.g. PR-7K3M-Q9XD. */
    reference: text('reference').notNull(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    phone: text('phone').notNull(),
    businessName: text('business_name').notNull(),
    municipality: text('municipality').notNull(),
    businessStage: text('business_stage').notNull(),
    sector: text('sector').notNull(),
    message: text('message').notNull().default(''),
    locale: text('locale').notNull(),
    consentAt: timestamp('consent_at', { withTimezone: true }).notNull(),
    /** Departments named on the consent checkbox at the moment of consent. */
    consentedDepartments: jsonb('consented_departments').$type<string[]>().notNull(),
    /** Set by the retention job: the personal fields above are blanked, the row stays for counts. */
    purgedAt: timestamp('purged_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('leads_reference_key').on(t.reference),
    index('leads_created_idx').on(t.createdAt.desc(), t.id.desc()),
    // The retention job: only leads it has not anonymised yet (lib/retention/purge.ts).
    index('leads_unpurged_idx').on(t.createdAt).where(sql`purged_at is null`),
  ],
);

export const leadPrograms = pgTable(
  'lead_programs',
  {
    leadId: uuid('lead_id')
      .notNull()
      .references(() => leads.id, { onDelete: 'cascade' }),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.leadId, t.programId] }), index('lead_programs_program_idx').on(t.programId)],
);

// ---------------------------------------------------------------- webhooks & delivery

export const webhookContentType = pgEnum('webhook_content_type', ['json', 'form']);
/** `signature`: Standard Webhooks + GitHub HMAC headers. `token`: also a shared token, for low-code receivers. */
export const webhookVerification = pgEnum('webhook_verification', ['signature', 'token']);

export const webhooks = pgTable(
  'webhooks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id, { onDelete: 'cascade' }),
    description: text('description').notNull().default(''),
    url: text('url').notNull(),
    contentType: webhookContentType('content_type').notNull().default('json'),
    verification: webhookVerification('verification').notNull().default('signature'),
    /** AES-256-GCM ciphertext of the `whsec_…` secret (see lib/secrets). Never the plain secret. */
    secretCiphertext: text('secret_ciphertext').notNull(),
    /** During a rotation the previous secret still signs until `previous_secret_expires_at`. */
    previousSecretCiphertext: text('previous_secret_ciphertext'),
    previousSecretExpiresAt: timestamp('previous_secret_expires_at', { withTimezone: true }),
    /** Event types, or ['*'] for every event. */
    events: text('events').array().notNull().default(sql`ARRAY['lead.created']::text[]`),
    /** true: every program of the department; false: only those in webhook_programs. */
    allPrograms: boolean('all_programs').notNull().default(true),
    active: boolean('active').notNull().default(true),
    sslVerify: boolean('ssl_verify').notNull().default(true),
    customHeaders: jsonb('custom_headers').$type<Record<string, string>>().notNull().default({}),
    ordered: boolean('ordered').notNull().default(false),
    /** The dated envelope version this webhook is pinned to (lib/delivery/envelope.ts); null: always the latest. */
    envelopeVersion: text('envelope_version'),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    disabledReason: text('disabled_reason'),
    /** First failure of the current unbroken run of failures; cleared by any success. */
    failingSince: timestamp('failing_since', { withTimezone: true }),
    /** Requests in flight to this webhook at once; null: the platform default (PUENTE_WEBHOOK_MAX_IN_FLIGHT). */
    maxInFlight: integer('max_in_flight'),
    /**
     * Circuit breaker (docs/decisions/012-delivery-engine-v2.md). Attempts that failed in a row
     * because the endpoint did not answer usefully (timeout, connection, 5xx, 429); any answer
     * that is not one of those resets it.
     */
    consecutiveFailures: integer('consecutive_failures').notNull().default(0),
    /** Set while the breaker is open (cooling): when it opened. */
    coolingSince: timestamp('cooling_since', { withTimezone: true }),
    /** Set while the breaker is open: nothing is sent before this; then one probe decides. */
    nextProbeAt: timestamp('next_probe_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('webhooks_department_idx').on(t.departmentId, t.active)],
);

export const webhookPrograms = pgTable(
  'webhook_programs',
  {
    webhookId: uuid('webhook_id')
      .notNull()
      .references(() => webhooks.id, { onDelete: 'cascade' }),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.webhookId, t.programId] }), index('webhook_programs_program_idx').on(t.programId)],
);

/** The outbox: one row per thing that happened, written in the transaction that made it happen. */
export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    type: text('type').notNull(),
    leadId: uuid('lead_id').references(() => leads.id, { onDelete: 'set null' }),
    /** The full envelope as sent: { type, timestamp, data }. `{}` once the retention job has purged it. */
    payload: jsonb('payload').notNull(),
    /** Set by the retention job with the payload and its attempts' bodies removed; such an event cannot be sent again. */
    purgedAt: timestamp('purged_at', { withTimezone: true }),
    /** A test lead ("Send test lead"): synthetic data, no lead row, sent to one webhook, marked in the envelope and headers. */
    test: boolean('test').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    index('events_lead_idx').on(t.leadId),
    index('events_created_idx').on(t.createdAt),
    index('events_unpurged_idx').on(t.createdAt).where(sql`purged_at is null`),
  ],
);

/**
 * pending: never attempted · retrying: failed, next_attempt_at set · delivered · failed: gave up
 * · held: department suspended or webhook disabled; resumes when that is lifted
 * · skipped: the event arrived while the webhook was disabled or inactive; never sent unless
 *   someone replays it (Svix's "replay missing").
 */
export const deliveryStatus = pgEnum('delivery_status', ['pending', 'retrying', 'delivered', 'failed', 'held', 'skipped']);

export const deliveries = pgTable(
  'deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    webhookId: uuid('webhook_id')
      .notNull()
      .references(() => webhooks.id, { onDelete: 'cascade' }),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id, { onDelete: 'cascade' }),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    eventType: text('event_type').notNull(),
    /** The Standard Webhooks `webhook-id`: the same on every attempt, so consumers can de-duplicate. */
    messageId: text('message_id').notNull(),
    status: deliveryStatus('status').notNull().default('pending'),
    attemptCount: integer('attempt_count').notNull().default(0),
    /** For display: when the schedule tries again. What the engine claims is delivery_queue. */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).defaultNow(),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    lastDurationMs: integer('last_duration_ms'),
    lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }),
    /** Why the next attempt happens: 'auto' (the schedule) or 'manual'/'recover' (one-off, no retries after). */
    pendingTrigger: text('pending_trigger').notNull().default('auto'),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('deliveries_message_id_key').on(t.messageId),
    // One event reaches one webhook at most once (planning is idempotent).
    uniqueIndex('deliveries_webhook_event_key').on(t.webhookId, t.eventId),
    // Delivery log: newest first, keyset pagination on (created_at, id).
    index('deliveries_webhook_log_idx').on(t.webhookId, t.createdAt.desc(), t.id.desc()),
    index('deliveries_department_log_idx').on(t.departmentId, t.createdAt.desc(), t.id.desc()),
    index('deliveries_event_idx').on(t.eventId),
    // No index on a column the engine changes (status, attempt_count, next_attempt_at, last_*):
    // the engine's one update per attempt stays HOT (fillfactor 70, set in migration 0006).
  ],
);

/**
 * The engine's work list: one row per unfinished delivery (pending, retrying or held), written
 * in the same transaction as the delivery's own change, deleted when it is final. Engines claim
 * from here, never from `deliveries`, so that table's updates stay HOT and this one stays small.
 * A claim sets `lease_until` and moves `run_at` to the same moment: a crashed holder's rows come
 * due again by themselves. Held rows wait at run_at = 'infinity'.
 */
export const deliveryQueue = pgTable(
  'delivery_queue',
  {
    deliveryId: uuid('delivery_id')
      .primaryKey()
      .references(() => deliveries.id, { onDelete: 'cascade' }),
    webhookId: uuid('webhook_id').notNull(),
    runAt: timestamp('run_at', { withTimezone: true }).notNull(),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
  },
  (t) => [
    // The fair claim: per webhook, oldest due first.
    index('delivery_queue_webhook_due_idx').on(t.webhookId, t.runAt),
    // The next due moment, the Inngest sweep and the oldest-due figure.
    index('delivery_queue_due_idx').on(t.runAt),
    // Requests in flight per webhook (the per-webhook cap).
    index('delivery_queue_leased_idx').on(t.webhookId).where(sql`lease_until is not null`),
  ],
);

export const attemptErrorClass = pgEnum('attempt_error_class', ['timeout', 'connection', 'dns', 'tls', 'http', 'blocked']);

export const deliveryAttempts = pgTable(
  'delivery_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    deliveryId: uuid('delivery_id')
      .notNull()
      .references(() => deliveries.id, { onDelete: 'cascade' }),
    attemptNumber: integer('attempt_number').notNull(),
    /** 'auto' from the schedule, 'manual' from a redeliver, 'recover' from a bulk recover. */
    trigger: text('trigger').notNull().default('auto'),
    requestUrl: text('request_url').notNull(),
    requestHeaders: jsonb('request_headers').$type<Record<string, string>>().notNull(),
    requestBody: text('request_body'),
    responseStatus: integer('response_status'),
    responseHeaders: jsonb('response_headers').$type<Record<string, string>>(),
    responseBody: text('response_body'),
    responseBodyTruncated: boolean('response_body_truncated').notNull().default(false),
    remoteAddress: text('remote_address'),
    errorClass: attemptErrorClass('error_class'),
    errorMessage: text('error_message'),
    durationMs: integer('duration_ms'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    /** When the schedule will try again after this attempt (null: no further try planned). */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
  },
  (t) => [index('delivery_attempts_delivery_idx').on(t.deliveryId, t.startedAt)],
);

// ---------------------------------------------------------------- platform

/** CIDRs an admin allows outgoing webhooks to reach despite the SSRF guard (on-premises CRMs). */
export const ssrfAllowlist = pgTable('ssrf_allowlist', {
  id: uuid('id').primaryKey().defaultRandom(),
  cidr: text('cidr').notNull(),
  reason: text('reason').notNull(),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
});

/** Fixed-window counters shared by every app process (lead form per IP, sign-in attempts). */
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text('key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);

/**
 * Failed sign-ins, per account + address and per address (keys hashed, no raw email or IP).
 * `blocked_until` is when the next attempt may be checked: a progressive delay, never a lockout
 * that someone else can trigger (lib/auth/sign-in-throttle.ts).
 */
export const signInFailures = pgTable('sign_in_failures', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  lastFailureAt: timestamp('last_failure_at', { withTimezone: true }).notNull(),
  blockedUntil: timestamp('blocked_until', { withTimezone: true }),
});

/** Append-only: a trigger in the migrations refuses UPDATE and DELETE. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    actorEmail: text('actor_email'),
    actorIp: inet('actor_ip'),
    departmentId: uuid('department_id'),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at.desc()),
    index('audit_log_department_idx').on(t.departmentId, t.at.desc()),
    check('audit_log_action_nonempty', sql`length(${t.action}) > 0`),
  ],
);

// ---------------------------------------------------------------- failure alerts

/** ok · failing: a delivery ran out of retries or N attempts failed in a row · disabled. */
export const alertState = pgEnum('alert_state', ['ok', 'failing', 'disabled']);
/** The e-mail a state change owes its recipients. */
export const alertNotice = pgEnum('alert_notice', ['failing', 'disabled', 'recovered']);

/**
 * What people were last told about each webhook's health (docs/decisions/016-failure-alerts.md).
 * A periodic scan derives the health from `webhooks` and moves `state` with a conditional
 * update, so each change is taken by one worker and e-mailed once; `pending_notice` is the
 * e-mail still owed, `lease_until` holds it while one worker sends it.
 */
export const webhookAlertState = pgTable(
  'webhook_alert_state',
  {
    webhookId: uuid('webhook_id')
      .primaryKey()
      .references(() => webhooks.id, { onDelete: 'cascade' }),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id, { onDelete: 'cascade' }),
    state: alertState('state').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull(),
    /** The state before this one and since when, for the "recovered" e-mail. */
    previousState: alertState('previous_state'),
    previousSince: timestamp('previous_since', { withTimezone: true }),
    pendingNotice: alertNotice('pending_notice'),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    /** When the e-mail of the current state went out (null: none, e.g. no SMTP). */
    notifiedAt: timestamp('notified_at', { withTimezone: true }),
    /** When the last daily digest that named this webhook was claimed. */
    digestSentAt: timestamp('digest_sent_at', { withTimezone: true }),
  },
  (t) => [index('webhook_alert_state_department_idx').on(t.departmentId).where(sql`state <> 'ok'`)],
);

/** Once-a-day e-mails that are not about one webhook: 'platform' (every failing department). */
export const alertDigests = pgTable('alert_digests', {
  scope: text('scope').primaryKey(),
  sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
});

// ---------------------------------------------------------------- REST API v1

/** `read`: GET only. `write`: everything a department admin can do to webhooks through the API. */
export const apiTokenScope = pgEnum('api_token_scope', ['read', 'write']);

/**
 * A department's API tokens (`Authorization: Bearer pnt_…`). Only sha256(token) is stored: the
 * token is shown once, when it is created. Revoked and expired tokens stay for the audit trail.
 */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    scope: apiTokenScope('scope').notNull(),
    tokenHash: text('token_hash').notNull(),
    /** The token's first characters ("pnt_Ab12Cd"), to recognise it in the list. */
    prefix: text('prefix').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('api_tokens_token_hash_key').on(t.tokenHash), index('api_tokens_department_idx').on(t.departmentId)],
);

/**
 * `Idempotency-Key` answers, per token and key, for 24 hours: a replay of the same request gets
 * the stored answer; the same key with another request is refused (Stripe's rules).
 */
export const apiIdempotencyKeys = pgTable(
  'api_idempotency_keys',
  {
    tokenId: uuid('token_id')
      .notNull()
      .references(() => apiTokens.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    /** sha256 of method, path and body: what "the same request" means. */
    requestHash: text('request_hash').notNull(),
    /** Null while the first request is still running. */
    status: integer('status'),
    body: text('body'),
    headers: jsonb('headers').$type<Record<string, string>>(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.tokenId, t.key] }), index('api_idempotency_keys_created_idx').on(t.createdAt)],
);
