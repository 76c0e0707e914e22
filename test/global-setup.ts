/**
 * Starts one embedded PostgreSQL for the whole test run in a throw-away directory and
 * migrates a template database; each test file clones it (test/setup-db.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { runMigrations } from '../lib/runtime/migrate';
import { startEmbeddedPostgres } from '../lib/runtime/embedded-postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplate: string;
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'puente-test-pg-'));
  const pg = await startEmbeddedPostgres({ dataDir: dir, port: await freePort(), password: 'test' });
  const template = 'puente_template';
  const url = await pg.ensureDatabase(template);
  await runMigrations(url);
  // A template must have no open connections when cloned; runMigrations closed its own.
  const admin = postgres(pg.url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`alter database ${template} is_template true`);
  await admin.end();

  project.provide('pgAdminUrl', pg.url);
  project.provide('pgTemplate', template);
  process.env.PUENTE_TEST_PG_ADMIN_URL = pg.url;

  return async () => {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
