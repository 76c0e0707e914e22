/**
 * The environment, checked by zod. A bad value fails loudly at start-up with the variable's
 * name instead of surfacing later as a confusing runtime error. Read through `env()` so
 * scripts and tests can set variables before the first read.
 *
 * The one reader of `process.env` in app code (test/architecture/ground-floor.test.ts keeps it
 * so). Start-up code that sets variables before this check runs (scripts/**, lib/runtime/**),
 * the tool configs and db/client.ts (db/ imports nothing from lib/) are the exceptions.
 */
import 'server-only';
import { z } from 'zod';
import { parseTrustedProxies } from './http/trusted-proxies';

const bool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
  .optional()
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

/** An unset and an empty variable mean the same: not configured. */
const unsetIfEmpty = (v: unknown) => (v === '' ? undefined : v);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.string().url({ message: 'must be a postgres:// URL' }).optional(),
  /** Connections in one process's pool (db/client.ts reads it; checked here). */
  PUENTE_DB_POOL: z.coerce.number().int().min(1).max(1000).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  PUENTE_DATA_DIR: z.string().default('.data'),
  PUENTE_PUBLIC_URL: z.string().url().optional(),
  /** Public base URL of the app (next-auth reads it too); the base of links in e-mails. */
  NEXTAUTH_URL: z.preprocess(unsetIfEmpty, z.string().url().optional()),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  /** base64 of 32 bytes: the AES-256-GCM key for webhook secrets at rest. */
  PUENTE_ENCRYPTION_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be base64 of exactly 32 bytes')
    .optional(),
  /** Development only: let webhooks reach loopback/private addresses (the demo consumer). */
  PUENTE_ALLOW_PRIVATE_WEBHOOKS: bool,
  /** Comma-separated CIDRs always allowed by the SSRF guard, on top of the admin allowlist. */
  PUENTE_SSRF_ALLOW_CIDRS: z.string().default(''),
  /** embedded (default), inngest (auto when INNGEST_EVENT_KEY/INNGEST_DEV is set) or off. */
  PUENTE_ENGINE: z.enum(['embedded', 'inngest', 'off']).optional(),
  /** Run the embedded worker inside the web server process (default on). */
  PUENTE_WORKER_IN_PROCESS: z.enum(['1', '0', 'true', 'false']).default('1').transform((v) => v === '1' || v === 'true'),
  /** Requests in flight per worker process, across every webhook (the dispatcher's slots). */
  PUENTE_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(2000).default(200),
  /** Requests in flight to one webhook at once, unless the webhook sets its own. */
  PUENTE_WEBHOOK_MAX_IN_FLIGHT: z.coerce.number().int().min(1).max(100).default(10),
  /** Attempts failed in a row that make a webhook "failing" and e-mail its admins (docs/decisions/016). */
  PUENTE_ALERT_AFTER_FAILURES: z.coerce.number().int().min(1).max(1000).default(3),
  /** Hour (UTC) of the daily failure digests; 13 is 09:00 in Puerto Rico. */
  PUENTE_ALERT_DIGEST_HOUR_UTC: z.coerce.number().int().min(0).max(23).default(13),
  /** Failed attempts in a row (timeout, connection, 5xx, 429) that open a webhook's circuit breaker. */
  PUENTE_BREAKER_THRESHOLD: z.coerce.number().int().min(1).max(1000).default(5),
  /** First cool-down of an open breaker; it doubles after each failed probe, up to the maximum. */
  PUENTE_BREAKER_COOLDOWN_MS: z.coerce.number().int().min(100).default(30_000),
  PUENTE_BREAKER_MAX_COOLDOWN_MS: z.coerce.number().int().min(100).default(600_000),
  /** Whole-request timeout of a webhook POST (default 15 s, as Svix). */
  PUENTE_HTTP_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).optional(),
  /** How long a claimed delivery is held by its attempt (default: the timeout + 15 s). */
  PUENTE_LEASE_MS: z.coerce.number().int().min(100).optional(),
  PUENTE_DEMO_CONSUMER: bool,
  /**
   * Who may tell us the client's address in X-Forwarded-For: empty (nobody, the default: the
   * socket's peer is the client), a hop count (`1`: one proxy in front, whatever its address),
   * or CIDRs / addresses / `loopback`, `private`, `linklocal`, comma-separated. scripts/run.ts
   * parses it with the same function before anything starts (docs/decisions/014).
   */
  PUENTE_TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((v, ctx) => {
      try {
        return parseTrustedProxies(v);
      } catch (e) {
        ctx.addIssue({ code: 'custom', message: e instanceof Error ? e.message : String(e) });
        return z.NEVER;
      }
    }),
  LEAD_RATE_LIMIT_PER_HOUR: z.coerce.number().int().min(1).default(10),
  /** REST API v1: requests one token may make per minute; more get 429 with Retry-After. */
  PUENTE_API_RATE_LIMIT_PER_MIN: z.coerce.number().int().min(1).max(100_000).default(300),
  WEBHOOK_DISABLE_AFTER_DAYS: z.coerce.number().positive().default(5),
  /** Days lead personal data and delivery bodies are kept before the daily retention job purges them. */
  PUENTE_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  /** Live delivery-log streams (server-sent events) one person may hold open in one server process; more get 429. */
  PUENTE_STREAMS_PER_USER: z.coerce.number().int().min(1).max(100).default(5),
  /** Live streams one server process holds open in all (each is a socket); more get 429. */
  PUENTE_STREAMS_PER_PROCESS: z.coerce.number().int().min(1).max(100_000).default(500),
  /** A comment on every live stream this often keeps proxies from closing it; access is re-checked as often, in one query for all streams. */
  PUENTE_STREAM_HEARTBEAT_MS: z.coerce.number().int().min(10).max(300_000).default(15_000),
  /** Days an invitation link stays valid. */
  INVITATION_EXPIRY_DAYS: z.coerce.number().positive().max(90).default(7),
  /**
   * smtp://user:pass@host:587 (STARTTLS when offered) or smtps://user:pass@host:465: invitations
   * are then also e-mailed. Unset: nothing is e-mailed. Holds a password: never log it.
   */
  SMTP_URL: z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .refine((v) => URL.canParse(v) && /^smtps?:$/.test(new URL(v).protocol) && new URL(v).hostname !== '', 'must be an smtp:// or smtps:// URL')
      .optional(),
  ),
  /** The From of e-mails, e.g. `Puente <no-reply@puente.pr.gov>`. */
  SMTP_FROM: z.preprocess(unsetIfEmpty, z.string().trim().min(3).max(320).default('Puente <no-reply@localhost>')),
  INNGEST_EVENT_KEY: z.string().optional(),
  INNGEST_SIGNING_KEY: z.string().optional(),
  INNGEST_DEV: z.string().optional(),
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_NAME: z.string().default('Microsoft Entra ID'),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  cached = parsed.data;
  return cached;
}

/**
 * Variables that start-up code sets while the process runs (lib/runtime/bootstrap: the embedded
 * Postgres's DATABASE_URL, the generated NEXTAUTH_SECRET and PUENTE_ENCRYPTION_KEY), read on
 * every call rather than from the cache, each checked by its entry in the schema.
 */
export function liveEnv<K extends 'DATABASE_URL' | 'NEXTAUTH_SECRET' | 'PUENTE_ENCRYPTION_KEY'>(name: K): Env[K] {
  const parsed = schema.shape[name].safeParse(process.env[name]);
  if (!parsed.success) {
    throw new Error(`Invalid environment:\n  ${name}: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  }
  return parsed.data as Env[K];
}

/** For tests and scripts that change process.env after a first read. */
export function resetEnvCache(): void {
  cached = undefined;
}

export function engineKind(e: Env = env()): 'embedded' | 'inngest' | 'off' {
  if (e.PUENTE_ENGINE) return e.PUENTE_ENGINE;
  return e.INNGEST_EVENT_KEY || e.INNGEST_DEV ? 'inngest' : 'embedded';
}
