/**
 * Everything that must be true before the app serves a request: local secrets, a database
 * (embedded unless DATABASE_URL is set), migrations applied, demo data on the first run of
 * `npm run dev` (lib/runtime/seed-policy.ts says when else). Shared by `npm run dev`,
 * `npm start`, `npm run worker` and the scripts.
 */
import { chmodSync } from 'node:fs';
import path from 'node:path';
import { connect, type Db } from '../../db/client';
import { runMigrations } from './migrate';
import { seedDemoData } from '../demo/seed';
import { hasPlatformAdmin } from '../users/first-admin';
import { sealStoredCustomHeaders } from '../webhooks/custom-headers';
import { startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres';
import { applyLocalSecrets, loadOrCreateLocalSecrets } from './local-secrets';
import { seedPolicy, type SeedPolicy } from './seed-policy';

export interface Booted {
  databaseUrl: string;
  embedded: RunningPostgres | null;
  /** The demo webhooks' signing secret, for the sample receiver. */
  demoWebhookSecret: string;
  stop(): Promise<void>;
}

export interface BootstrapOptions {
  log?: (line: string) => void;
  /**
   * `false`: never seed (workers, and scripts that seed or create an admin themselves).
   * Default: an app start, seeded as lib/runtime/seed-policy.ts decides from the mode, the
   * database and PUENTE_SEED, and told how to create the first admin when there is none.
   */
  seed?: false;
  /** Where the sample receiver (examples/receiver-node) listens; demo webhooks point there. */
  demoConsumerUrl?: string;
  /**
   * `dev` (`npm run dev`) lets webhooks reach loopback and private networks unless
   * PUENTE_ALLOW_PRIVATE_WEBHOOKS says otherwise; every other start (`npm start`, workers,
   * scripts) keeps them refused unless it is set to 1. Default: production.
   */
  mode?: 'dev' | 'production';
}

export async function bootstrap(opts: BootstrapOptions = {}): Promise<Booted> {
  const log = opts.log ?? (() => {});
  const dataDir = path.resolve(process.env.PUENTE_DATA_DIR ?? '.data');
  const secrets = loadOrCreateLocalSecrets(dataDir);
  // As root, embedded-postgres runs the server as a `postgres` user, which must be able to
  // traverse into the data directory (it cannot read anything else in it: secrets are 0600).
  if (process.getuid?.() === 0) chmodSync(dataDir, 0o711);
  applyLocalSecrets(secrets);

  let embedded: RunningPostgres | null = null;
  const onEmbedded = !process.env.DATABASE_URL;
  // Decided before anything starts, so a malformed PUENTE_SEED stops here and leaves no Postgres behind.
  const policy = opts.seed === false ? null : seedPolicy({ by: 'start', mode: opts.mode ?? 'production', embedded: onEmbedded, env: process.env });
  if (!process.env.DATABASE_URL) {
    // `npm run dev` on the embedded database is a local demo: webhooks may reach loopback (the
    // sample receiver, a receiver on the developer's machine). Production mode never allows it
    // by default: a department admin could read internal services through the delivery log.
    if (opts.mode === 'dev') process.env.PUENTE_ALLOW_PRIVATE_WEBHOOKS ??= '1';
    const started = Date.now();
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, 'pg'),
      port: Number(process.env.PUENTE_PG_PORT ?? 54329),
      password: secrets.pgPassword,
      log: process.env.PUENTE_PG_LOG ? log : undefined,
    });
    process.env.DATABASE_URL = await embedded.ensureDatabase('puente');
    log(`▸ embedded PostgreSQL ready on 127.0.0.1:${embedded.port} (data in ${path.relative(process.cwd(), dataDir) || '.'}/pg, ${Date.now() - started} ms)`);
  } else {
    log('▸ using the PostgreSQL server in DATABASE_URL');
  }
  const databaseUrl = process.env.DATABASE_URL;

  await runMigrations(databaseUrl);
  const h = connect(databaseUrl, 1);
  try {
    // Credential-like custom header values saved before they were encrypted at rest get encrypted now.
    const sealed = await sealStoredCustomHeaders(h.db);
    if (sealed > 0) log(`▸ encrypted the credential-like custom header values of ${sealed} webhook(s)`);
    if (policy) {
      await seedIfEmpty(h.db, policy, { log, demoConsumerUrl: opts.demoConsumerUrl, demoWebhookSecret: secrets.demoWebhookSecret });
      // A real deployment starts with nobody able to sign in: say how to make the first admin.
      if (!(await hasPlatformAdmin(h.db))) {
        log('▸ no platform admin yet: create the first one with `npm run admin:create -- --email you@example.gov` (it prints a one-time password)');
      }
    }
  } finally {
    await h.sql.end();
  }

  return {
    databaseUrl,
    embedded,
    demoWebhookSecret: secrets.demoWebhookSecret,
    stop: async () => {
      if (embedded) await embedded.stop();
    },
  };
}

/**
 * Seeds the demo data into an empty database when the policy says so and logs the logins;
 * outside development the accounts must change their published password, with a warning.
 * Shared by bootstrap and `npm run db:seed`. Returns whether anything was seeded.
 */
export async function seedIfEmpty(db: Db, policy: SeedPolicy, opts: { log: (line: string) => void; demoConsumerUrl?: string; demoWebhookSecret?: string }): Promise<boolean> {
  if (!policy.seed) return false;
  const result = await seedDemoData(db, { demoConsumerUrl: opts.demoConsumerUrl, demoWebhookSecret: opts.demoWebhookSecret, mustChangePassword: policy.forcePasswordChange });
  if (!result.seeded) return false;
  if (result.mustChangePassword) {
    opts.log('⚠ WARNING: demo data seeded outside development (PUENTE_SEED=1). Its accounts have the published demo password and must change it at their first sign-in; disable them before real use.');
  }
  opts.log(`▸ demo data seeded. Demo logins (for the demo only${result.mustChangePassword ? '; each must choose a new password at its first sign-in' : ''}):`);
  for (const l of result.logins) opts.log(`    ${l.email.padEnd(22)} ${l.password}   ${l.role}`);
  return true;
}
