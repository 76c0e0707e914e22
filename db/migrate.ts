/** Applies the committed drizzle-kit migrations in db/migrations. */
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import path from 'node:path';
import { runMigrations as runWorkerMigrations } from 'graphile-worker';
import postgres from 'postgres';

import { quietWorkerLogger } from '../lib/delivery/worker-logger';

export const MIGRATIONS_DIR = path.resolve(process.cwd(), 'db/migrations');

export async function runMigrations(url: string): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await migrate(drizzle(sql), { migrationsFolder: MIGRATIONS_DIR });
  } finally {
    await sql.end();
  }
  // graphile-worker runs the embedded engine's daily retention cron (deliveries have their own
  // work list, docs/decisions/012); its schema is created here, before any worker starts.
  await runWorkerMigrations({ connectionString: url, logger: quietWorkerLogger });
}
