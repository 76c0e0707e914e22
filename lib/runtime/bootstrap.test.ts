import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { freePort } from '../../test/global-setup';
import { bootstrap } from './bootstrap';

// The embedded default end to end: `npm start` on a fresh data directory initialises and
// migrates but seeds nothing (a production start); the first `npm run dev` seeds the demo; a
// restart on the same data directory keeps everything (including what a user wrote) and seeds nothing.
const saved = { ...process.env };
let dir = '';

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'puente-boot-'));
  delete process.env.DATABASE_URL;
  delete process.env.NEXTAUTH_SECRET;
  delete process.env.PUENTE_ENCRYPTION_KEY;
  delete process.env.PUENTE_SEED;
  process.env.PUENTE_DATA_DIR = dir;
  process.env.PUENTE_PG_PORT = String(await freePort());
});

afterAll(() => {
  process.env = saved;
  rmSync(dir, { recursive: true, force: true });
});

async function count(url: string, table: 'departments' | 'users'): Promise<number> {
  const sql = postgres(url, { max: 1 });
  try {
    const [{ n }] = (await sql`select count(*)::int as n from ${sql(table)}`) as unknown as [{ n: number }];
    return n;
  } finally {
    await sql.end();
  }
}

it('keeps data, secrets and the seed across a restart of the embedded Postgres; only npm run dev seeds', async () => {
  const logs: string[] = [];
  delete process.env.PUENTE_ALLOW_PRIVATE_WEBHOOKS;
  const first = await bootstrap({ log: (l) => logs.push(l) });
  expect(first.embedded).not.toBeNull();
  // Production mode (npm start, workers) on the embedded database: private networks stay
  // refused, no demo data (no published password), and the log says how to make an admin.
  expect(process.env.PUENTE_ALLOW_PRIVATE_WEBHOOKS).toBeUndefined();
  expect(logs.join('\n')).not.toContain('demo data seeded');
  expect(logs.join('\n')).toContain('npm run admin:create -- --email');
  expect(await count(first.databaseUrl, 'users')).toBe(0);
  const secret = process.env.NEXTAUTH_SECRET;
  expect(secret).toBeTruthy();
  expect(statSync(path.join(dir, 'secrets.json')).mode & 0o077).toBe(0);
  await first.stop();

  // Same process, fresh environment: only the data directory carries over.
  delete process.env.DATABASE_URL;
  delete process.env.NEXTAUTH_SECRET;
  const logs2: string[] = [];
  const second = await bootstrap({ log: (l) => logs2.push(l), mode: 'dev' });
  // `npm run dev`: the local demo, seeded with its published passwords, may reach loopback (the sample receiver).
  expect(logs2.join('\n')).toContain('demo data seeded');
  expect(logs2.join('\n')).not.toContain('WARNING');
  expect(process.env.PUENTE_ALLOW_PRIVATE_WEBHOOKS).toBe('1');
  expect(process.env.NEXTAUTH_SECRET).toBe(secret);
  let sql = postgres(second.databaseUrl, { max: 1 });
  const [{ n: departmentsBefore }] = (await sql`select count(*)::int as n from departments`) as unknown as [{ n: number }];
  expect(departmentsBefore).toBeGreaterThanOrEqual(5);
  expect(await sql`select email from users where must_change_password`).toHaveLength(0);
  await sql`update departments set name = 'Renamed by a user' where slug = 'bde'`;
  await sql.end();
  await second.stop();

  delete process.env.DATABASE_URL;
  delete process.env.NEXTAUTH_SECRET;
  const logs3: string[] = [];
  const third = await bootstrap({ log: (l) => logs3.push(l), mode: 'dev' });
  expect(logs3.join('\n')).not.toContain('demo data seeded');
  expect(process.env.NEXTAUTH_SECRET).toBe(secret);
  sql = postgres(third.databaseUrl, { max: 1 });
  const rows = await sql`select name, (select count(*)::int from departments) as n from departments where slug = 'bde'`;
  expect(rows[0]).toEqual({ name: 'Renamed by a user', n: departmentsBefore });
  await sql.end();
  await third.stop();
});
