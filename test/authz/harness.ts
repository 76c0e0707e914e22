/**
 * What the authorization tests share besides the matrix: who is "signed in" (read by the
 * mocked lib/auth/session), the signals the mocked next/navigation throws, a fingerprint of
 * every table (to prove a refused call changed nothing), and the strings that identify one
 * department's data (to prove nobody else's answer contains them).
 */
import path from 'node:path';
import { db, rawSql } from '../../db/client';
import { loadViewer, type Viewer } from '../../lib/auth/viewer';
import { CLIENT_ADDRESS_HEADER, markServedByPuenteServer } from '../../lib/client-ip';
import type { PersonaName, World, WorldDepartment } from '../personas';
import type { Prepare } from './matrix';

export const ROOT = path.resolve(import.meta.dirname, '../..');

// ---------------------------------------------------------------- the session

const current: { userId: string | null } = { userId: null };

export function signInAs(world: World, persona: PersonaName): void {
  current.userId = world.viewers[persona]?.userId ?? null;
}

/** The mocked getViewer: like the real one, memberships are read from the database on every call. */
export async function currentViewer(): Promise<Viewer | null> {
  return current.userId ? loadViewer(db, current.userId) : null;
}

// ---------------------------------------------------------------- next/navigation

// Each carries the digest Next gives its own signal, so code that lets Next's signals through
// (unstable_rethrow in lib/actions/action.ts) lets these through too.

export class RedirectSignal extends Error {
  readonly digest: string;
  constructor(readonly url: string) {
    super(`redirect to ${url}`);
    this.digest = `NEXT_REDIRECT;replace;${url};307;`;
  }
}

export class NotFoundSignal extends Error {
  readonly digest = 'NEXT_HTTP_ERROR_FALLBACK;404';
  constructor() {
    super('notFound()');
  }
}

// ---------------------------------------------------------------- the database

let fingerprintSql: string | undefined;

/** One hash per table (public and the job queue): equal before and after means nothing was written. */
export async function fingerprint(): Promise<Record<string, string>> {
  const sql = rawSql();
  if (!fingerprintSql) {
    const tables = await sql<{ name: string }[]>`
      select quote_ident(table_schema) || '.' || quote_ident(table_name) as name
        from information_schema.tables
       where table_schema in ('public', 'graphile_worker') and table_type = 'BASE TABLE'
       order by 1`;
    fingerprintSql = tables
      .map((t) => `select '${t.name}' as t, count(*)::text || ':' || coalesce(md5(string_agg(x::text, '|' order by x::text)), '') as h from ${t.name} x`)
      .join(' union all ');
  }
  const rows = await sql.unsafe<{ t: string; h: string }[]>(fingerprintSql);
  return Object.fromEntries(rows.map((r) => [r.t, r.h]));
}

export async function prepare(statements: Prepare[] | undefined): Promise<void> {
  for (const s of statements ?? []) await rawSql().unsafe(s.sql, s.params as never[]);
}

/**
 * Strings that identify a department's data: its slug and name, its programs, webhooks
 * (ids and URLs), deliveries, and the leads that chose only its programs.
 */
export async function markersOf(dept: WorldDepartment): Promise<string[]> {
  const sql = rawSql();
  const rows = await sql<{ v: string }[]>`
    select v from (
      select slug as v from departments where id = ${dept.id}
      union all select name from departments where id = ${dept.id}
      union all select id::text from programs where department_id = ${dept.id}
      union all select title_en from programs where department_id = ${dept.id}
      union all select title_es from programs where department_id = ${dept.id}
      union all select id::text from webhooks where department_id = ${dept.id}
      union all select url from webhooks where department_id = ${dept.id}
      union all select id::text from deliveries where department_id = ${dept.id}
      union all select message_id from deliveries where department_id = ${dept.id}
      union all select x.v from leads l
        cross join lateral (values (l.id::text), (l.reference), (l.name), (l.email)) as x(v)
       where exists (select 1 from lead_programs lp join programs p on p.id = lp.program_id where lp.lead_id = l.id and p.department_id = ${dept.id})
         and not exists (select 1 from lead_programs lp join programs p on p.id = lp.program_id where lp.lead_id = l.id and p.department_id <> ${dept.id})
    ) m where length(v) >= 6`;
  return [...new Set(rows.map((r) => r.v))];
}

/** The markers found in `text` (case-insensitive); [] when none leaked. */
export function leaked(text: string, markers: string[]): string[] {
  const t = text.toLowerCase();
  return markers.filter((m) => t.includes(m.toLowerCase()));
}

/**
 * JSON of anything, React elements included: their props (what reaches the browser) are kept;
 * React's private fields and component types are not, and an object seen before is written once.
 */
export function serialize(value: unknown): string {
  const seen = new WeakSet<object>();
  return (
    JSON.stringify(value, (k, v: unknown) => {
      if (k.startsWith('_') || (k === 'type' && typeof v !== 'string')) return undefined;
      if (typeof v === 'bigint') return v.toString();
      if (typeof v === 'object' && v !== null) {
        if (seen.has(v)) return '[seen]';
        seen.add(v);
      }
      return v;
    }) ?? ''
  );
}

// ---------------------------------------------------------------- Next.js request mocks
// The factories the matrix test files pass to vi.mock (which must be called in each file).

/** next/cache: revalidation is a no-op outside a Next.js server. */
export function nextCacheMock() {
  return { revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} };
}

/**
 * next/headers: a request from one documentation address, with no cookies, as the Puente
 * server (scripts/run.ts) hands it to Next: the client's address in its own header.
 */
export function nextHeadersMock() {
  markServedByPuenteServer();
  return {
    headers: async () => new Headers({ [CLIENT_ADDRESS_HEADER]: '203.0.113.9' }),
    cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => {}, delete: () => {} }),
  };
}

/** next/navigation: redirect() and notFound() throw signals the tests can tell apart. */
export function nextNavigationMock(original: object) {
  return {
    ...original,
    redirect: (url: string) => {
      throw new RedirectSignal(url);
    },
    permanentRedirect: (url: string) => {
      throw new RedirectSignal(url);
    },
    notFound: () => {
      throw new NotFoundSignal();
    },
  };
}
