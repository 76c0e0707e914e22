/** Every migration the app needs: Puente's tables (db/migrate.ts), then graphile-worker's schema. */
import { runMigrations as runWorkerMigrations } from 'graphile-worker';
import { runSchemaMigrations } from '../../db/migrate';
import { quietWorkerLogger } from '../delivery/worker-logger';

export async function runMigrations(url: string): Promise<void> {
  await runSchemaMigrations(url);
  // graphile-worker runs the embedded engine's daily retention cron (deliveries have their own
  // work list, docs/decisions/012); its schema is created here, before any worker starts.
  await runWorkerMigrations({ connectionString: url, logger: quietWorkerLogger });
}
