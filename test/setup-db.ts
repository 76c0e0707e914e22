/**
 * Gives each test file a fresh database cloned from the migrated template and points
 * DATABASE_URL (and so `db` from db/client) at it. Pure unit tests pay ~30 ms for it.
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, inject } from 'vitest';
import { closeDb } from '../db/client';

const adminUrl = inject('pgAdminUrl');
const template = inject('pgTemplate');
const name = `t_${randomBytes(6).toString('hex')}`;

const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${name} template ${template}`);
await admin.end();

const url = new URL(adminUrl);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();
process.env.PUENTE_ENCRYPTION_KEY ??= Buffer.alloc(32, 7).toString('base64');
process.env.NEXTAUTH_SECRET ??= 'test-secret-test-secret-test-secret';

afterAll(async () => {
  await closeDb();
});
