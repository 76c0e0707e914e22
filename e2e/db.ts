/** Direct access to the e2e server's embedded database, to check what a journey stored. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';

export function e2eSql() {
  const dir = process.env.E2E_DATA_DIR ?? '.data/e2e'; // the same folder playwright.config gives the server
  const port = Number(process.env.E2E_PG_PORT ?? 54339);
  const { pgPassword } = JSON.parse(readFileSync(path.join(dir, 'secrets.json'), 'utf8')) as { pgPassword: string };
  return postgres(`postgres://postgres:${encodeURIComponent(pgPassword)}@127.0.0.1:${port}/puente`, { max: 2, onnotice: () => {} });
}
