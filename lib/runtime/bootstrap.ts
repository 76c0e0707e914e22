/**
 * Everything that must be true before the app serves a request: local secrets, a database
 * (embedded unless DATABASE_URL is set), migrations applied, demo data on first run.
 * Shared by `npm run dev`, `npm start`, `npm run worker` and the end-to-end test server.
 */
import { chmodSync } from 'node:fs';
import path from 'node:path';
import { connect } from '../../db/client';
import { runMigrations } from '../../db/migrate';
import { seedDemoData } from '../../db/seed';
import { startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres';
import { applyLocalSecrets, loadOrCreateLocalSecrets } from './local-secrets';

export interface Booted {
  databaseUrl: string;
  embedded: RunningPostgres | null;
  stop(): Promise<void>;
}

export interface BootstrapOptions {
  log?: (line: string) => void;
  /** Seed demo data into an empty database (default: unless PUENTE_SEED=0). */
  seed?: boolean;
  /** Where the sample consumer listens; demo webhooks point there. */
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
  if (!process.env.DATABASE_URL) {
    // `npm run dev` on the embedded database is a local demo: webhooks may reach loopback (the
    // sample consumer, a receiver on the developer's machine). Production mode never allows it
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
  if (opts.seed ?? process.env.PUENTE_SEED !== '0') {
    const h = connect(databaseUrl, 1);
    try {
      const result = await seedDemoData(h.db, { demoConsumerUrl: opts.demoConsumerUrl });
      if (result.seeded) {
        log('▸ demo data seeded. Demo logins (for the demo only):');
        for (const l of result.logins) log(`    ${l.email.padEnd(22)} ${l.password}   ${l.role}`);
      }
    } finally {
      await h.sql.end();
    }
  }

  return {
    databaseUrl,
    embedded,
    stop: async () => {
      if (embedded) await embedded.stop();
    },
  };
}
