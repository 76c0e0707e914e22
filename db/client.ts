/**
 * One Drizzle client per process, created on first use from DATABASE_URL and cached on
 * globalThis so Next's hot reload does not open a new pool on every edit.
 *
 * It reads DATABASE_URL and PUENTE_DB_POOL from process.env itself, live: db/ imports nothing
 * from lib/, and bootstrap sets DATABASE_URL only once the embedded Postgres is up. lib/env.ts
 * checks both variables' form for the app.
 */
import 'server-only';
import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema';

export type Db = PostgresJsDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Anything that can run a query: the pool or an open transaction. */
export type Queryable = Db | Tx;

interface Holder {
  sql: postgres.Sql;
  db: Db;
  url: string;
}

const g = globalThis as unknown as { __puenteDb?: Holder };

export function connect(url: string, max = 10): Holder {
  const sql = postgres(url, {
    max,
    onnotice: () => {},
    connection: { application_name: 'puente' },
    // After a lost connection (Postgres restarting), retry within seconds: the default backoff
    // grows to 20 s, and one counter is shared by the pool, so deliveries would stall that long.
    backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 2) * (0.5 + Math.random() / 2),
  });
  return { sql, db: drizzle(sql, { schema }), url };
}

function holder(): Holder {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: start Puente with `npm run dev` or set it to a postgres:// URL.');
  if (g.__puenteDb && g.__puenteDb.url === url) return g.__puenteDb;
  g.__puenteDb = connect(url, Number(process.env.PUENTE_DB_POOL ?? 10));
  return g.__puenteDb;
}

/** The process's Drizzle database. */
export const db: Db = new Proxy({} as Db, {
  get(_t, prop) {
    const real = holder().db as unknown as Record<string | symbol, unknown>;
    const v = real[prop];
    return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(real) : v;
  },
});

/** The raw postgres.js client, for LISTEN/NOTIFY and the odd hand-written statement. */
export function rawSql(): postgres.Sql {
  return holder().sql;
}

export async function closeDb(): Promise<void> {
  const h = g.__puenteDb;
  g.__puenteDb = undefined;
  if (h) await h.sql.end({ timeout: 5 });
}
