/**
 * Applies the committed drizzle-kit migrations in db/migrations. The app's full migration step
 * (these, then graphile-worker's schema) is lib/runtime/migrate.ts.
 */
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import path from 'node:path';
import postgres from 'postgres';

export const MIGRATIONS_DIR = path.resolve(process.cwd(), 'db/migrations');

export async function runSchemaMigrations(url: string): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await migrate(drizzle(sql), { migrationsFolder: MIGRATIONS_DIR });
  } finally {
    await sql.end();
  }
}
