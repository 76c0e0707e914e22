import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { db } from '../../db/client';
import { DEMO_ADMIN_EMAIL, DEMO_DEPARTMENTS, DEMO_PASSWORD } from '../demo/seed';
import { departments, users } from '../../db/schema';
import { signInWithPassword } from '../auth/sign-in';
import { bootstrap } from './bootstrap';

// Starts with DATABASE_URL (a real deployment) on this file's empty test database: no demo
// data and no known password unless PUENTE_SEED=1, and then every demo account must change it.
const saved = { ...process.env };
let dir = '';
let ipN = 0;
const ip = () => `203.0.113.${++ipN}`;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'puente-boot-url-'));
  process.env.PUENTE_DATA_DIR = dir;
});

afterEach(() => {
  process.env = { ...saved, PUENTE_DATA_DIR: dir };
});

afterAll(() => {
  process.env = saved;
  rmSync(dir, { recursive: true, force: true });
});

const demoEmails = [DEMO_ADMIN_EMAIL, ...DEMO_DEPARTMENTS.flatMap((d) => (d.login ? [d.login] : []))];

it('seeds nothing on an empty DATABASE_URL, in either mode, and says how to create the first admin', async () => {
  delete process.env.PUENTE_SEED;
  for (const mode of ['production', 'dev'] as const) {
    const logs: string[] = [];
    const boot = await bootstrap({ log: (l) => logs.push(l), mode, demoConsumerUrl: 'http://127.0.0.1:3999' });
    expect(boot.embedded).toBeNull();
    await boot.stop();
    expect(logs.join('\n')).not.toContain('demo data seeded');
    expect(logs.filter((l) => l.includes('npm run admin:create -- --email'))).toHaveLength(1);
  }
  expect(await db.$count(users)).toBe(0);
  expect(await db.$count(departments)).toBe(0);
  expect(await signInWithPassword(db, DEMO_ADMIN_EMAIL, DEMO_PASSWORD, ip())).toMatchObject({ ok: false, reason: 'invalid' });
});

it('with PUENTE_SEED=1 seeds the demo, with a warning, and every demo account must change its password', async () => {
  process.env.PUENTE_SEED = '1';
  const logs: string[] = [];
  const boot = await bootstrap({ log: (l) => logs.push(l), mode: 'production' });
  await boot.stop();
  const out = logs.join('\n');
  expect(out).toContain('demo data seeded');
  expect(out).toMatch(/WARNING: demo data seeded outside development/);
  expect(out).not.toContain('admin:create'); // the demo admin exists

  const rows = await db.select({ email: users.email, mustChangePassword: users.mustChangePassword }).from(users);
  expect(rows.map((r) => r.email).sort()).toEqual([...demoEmails].sort());
  expect(rows.every((r) => r.mustChangePassword)).toBe(true);
  const signedIn = await signInWithPassword(db, DEMO_ADMIN_EMAIL, DEMO_PASSWORD, ip());
  expect(signedIn).toMatchObject({ ok: true, user: { role: 'admin', mustChangePassword: true } });
});

it('refuses a malformed PUENTE_SEED before it starts anything', async () => {
  process.env.PUENTE_SEED = 'maybe';
  await expect(bootstrap({ mode: 'production' })).rejects.toThrow(/PUENTE_SEED must be 1 or 0/);
});
