/**
 * The live delivery stream (GET /api/dashboard/[dept]/events) on a real database: bounded per
 * person and per process (429 problem+json with Retry-After past either cap), every slot given
 * back whatever ends the stream, one shared LISTEN for all streams, one access re-check per
 * heartbeat for all streams (no query per stream), and notifications kept to their department.
 */
import { eq } from 'drizzle-orm';
import postgres from 'postgres';
import { NextRequest } from 'next/server';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { db, rawSql } from '../../db/client';
import { memberships } from '../../db/schema';
import { buildWorld, type World, type WorldDepartment } from '../personas';
import { makeMember } from '../users';
import { resetEnvCache } from '../../lib/env';
import { stopDeliveryNotifications } from '../../lib/realtime/delivery-notifications';
import { closeAllLiveStreams, liveStreamsSettled, liveStreamStats, MAX_QUEUED_CHUNKS } from '../../lib/realtime/live-streams';

// Who is signed in (the real getViewer reads next-auth's cookie), and every statement the
// process's pool sends: the streams must not add any of their own.
const h = vi.hoisted(() => ({ userId: null as string | null, signedInAt: Date.now(), statements: [] as string[] }));

vi.mock('../../lib/auth/session', async () => {
  const { db: d } = await import('../../db/client');
  const { loadViewer: load } = await import('../../lib/auth/viewer');
  return { getViewer: async () => (h.userId ? load(d, h.userId, h.signedInAt) : null) };
});

vi.mock('../../db/client', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../db/client')>();
  const { default: pg } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const schema = await import('../../db/schema');
  let held: { sql: postgres.Sql; db: import('../../db/client').Db } | undefined;
  const holder = () => {
    if (!held) {
      const sql = pg(process.env.DATABASE_URL!, {
        max: 4,
        onnotice: () => {},
        connection: { application_name: 'puente' },
        debug: (_conn: number, query: string) => {
          h.statements.push(query);
        },
      });
      held = { sql, db: drizzle(sql, { schema }) };
    }
    return held;
  };
  return {
    ...real,
    db: new Proxy({} as import('../../db/client').Db, {
      get(_t, prop) {
        const d = holder().db as unknown as Record<string | symbol, unknown>;
        const v = d[prop];
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(d) : v;
      },
    }),
    rawSql: () => holder().sql,
    closeDb: async () => {
      await held?.sql.end({ timeout: 5 });
      held = undefined;
    },
  };
});

const HEARTBEAT_MS = 25;

let world: World;
let observer: postgres.Sql;

beforeAll(async () => {
  process.env.PUENTE_ENGINE = 'off';
  process.env.PUENTE_STREAM_HEARTBEAT_MS = String(HEARTBEAT_MS);
  delete process.env.PUENTE_STREAMS_PER_USER;
  delete process.env.PUENTE_STREAMS_PER_PROCESS;
  resetEnvCache();
  world = await buildWorld();
  // Watches the server from outside the pool whose statements are counted.
  observer = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {}, connection: { application_name: 'puente-test-observer' } });
});

afterEach(async () => {
  closeAllLiveStreams();
  await liveStreamsSettled();
  delete process.env.PUENTE_STREAMS_PER_PROCESS;
  resetEnvCache();
});

afterAll(async () => {
  await stopDeliveryNotifications();
  await observer.end({ timeout: 2 });
  const { closeDb } = await import('../../db/client');
  await closeDb();
});

// ---------------------------------------------------------------- calling the route

interface Opened {
  status: number;
  headers: Headers;
  /** The problem body when refused. */
  problem?: Record<string, unknown>;
  /** Frames read so far (comments and events), when a stream. */
  frames: string[];
  /** Reads frames until one matches (fails after `ms`). */
  waitFor(match: (frame: string) => boolean, ms?: number): Promise<string>;
  /** Reads until the server ends the stream (fails after `ms`). */
  ended(ms?: number): Promise<void>;
  abort(): void;
  cancel(): Promise<void>;
}

async function openAs(userId: string, dept: { slug: string }): Promise<Opened> {
  const { GET } = await import('../../app/api/dashboard/[dept]/events/route');
  h.userId = userId;
  const abort = new AbortController();
  const request = new NextRequest(new URL(`/api/dashboard/${dept.slug}/events`, 'http://localhost'), { signal: abort.signal });
  const res = await GET(request, { params: Promise.resolve({ dept: dept.slug }) });
  h.userId = null;
  const frames: string[] = [];
  if (!res.headers.get('content-type')?.startsWith('text/event-stream') || !res.body) {
    return {
      status: res.status,
      headers: res.headers,
      problem: (await res.json()) as Record<string, unknown>,
      frames,
      waitFor: () => Promise.reject(new Error('not a stream')),
      ended: () => Promise.reject(new Error('not a stream')),
      abort: () => abort.abort(),
      cancel: async () => {},
    };
  }
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let done = false;
  let seen = 0;
  const readOne = async (deadline: number) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('the stream sent nothing in time')), Math.max(0, deadline - Date.now()));
    });
    try {
      const r = await Promise.race([reader.read(), timeout]);
      if (r.done) done = true;
      else buffer += decoder.decode(r.value, { stream: true });
      let at: number;
      while ((at = buffer.indexOf('\n\n')) >= 0) {
        frames.push(buffer.slice(0, at));
        buffer = buffer.slice(at + 2);
      }
    } finally {
      clearTimeout(timer);
    }
  };
  return {
    status: res.status,
    headers: res.headers,
    frames,
    async waitFor(match, ms = 5000) {
      const deadline = Date.now() + ms;
      for (;;) {
        while (seen < frames.length) {
          const f = frames[seen++]!;
          if (match(f)) return f;
        }
        if (done) throw new Error('the stream ended');
        await readOne(deadline);
      }
    },
    async ended(ms = 5000) {
      const deadline = Date.now() + ms;
      while (!done) await readOne(deadline);
    },
    abort: () => abort.abort(),
    cancel: () => reader.cancel(),
  };
}

const isHeartbeat = (f: string) => f.startsWith(': heartbeat');
const eventOf = (f: string): { departmentId: string; ids: string[] } | null =>
  f.startsWith('event: deliveries\n') ? (JSON.parse(f.slice(f.indexOf('data: ') + 6)) as { departmentId: string; ids: string[] }) : null;

async function openStreams(userId: string, dept: WorldDepartment, n: number): Promise<Opened[]> {
  const out: Opened[] = [];
  for (let i = 0; i < n; i++) {
    const s = await openAs(userId, dept);
    expect(s.status, `stream ${i + 1}`).toBe(200);
    await s.waitFor((f) => f.startsWith('retry: 3000'));
    out.push(s);
  }
  return out;
}

async function insertDelivery(dept: WorldDepartment): Promise<string> {
  const [row] = await rawSql()<{ id: string }[]>`
    with e as (insert into events (type, payload) values ('ping', '{}'::jsonb) returning id)
    insert into deliveries (webhook_id, department_id, event_id, event_type, message_id)
    select ${dept.webhookId}, ${dept.id}, e.id, 'ping', 'msg_' || replace(gen_random_uuid()::text, '-', '') from e
    returning id`;
  return row!.id;
}

// ---------------------------------------------------------------- the caps

describe('live delivery streams: caps', () => {
  it('refuses a sixth stream of one person with 429, Retry-After and a problem; others still get theirs; a closed stream frees its slot', async () => {
    const staff = world.viewers.staffA!.userId;
    const five = await openStreams(staff, world.a, 5);
    expect(liveStreamStats(staff).mine).toBe(5);

    const sixth = await openAs(staff, world.a);
    expect(sixth.status).toBe(429);
    expect(sixth.headers.get('content-type')).toBe('application/problem+json');
    expect(sixth.headers.get('retry-after')).toBe('30');
    expect(sixth.problem).toMatchObject({ type: 'about:blank', title: 'Too Many Requests', status: 429, limit: 'user' });
    expect(String(sixth.problem?.detail)).toMatch(/already have 5 live delivery streams open/);
    expect(liveStreamStats(staff).mine).toBe(5);

    // Another person of the same department is not affected.
    const other = await openAs(world.viewers.adminA!.userId, world.a);
    expect(other.status).toBe(200);

    // The client goes away (the request is aborted): its slot is free for the next one.
    five[0]!.abort();
    await five[0]!.ended();
    expect(liveStreamStats(staff).mine).toBe(4);
    const again = await openAs(staff, world.a);
    expect(again.status).toBe(200);
    expect((await openAs(staff, world.a)).status).toBe(429);

    // The consumer cancels the body without aborting the request: the same.
    await five[1]!.cancel();
    expect(liveStreamStats(staff).mine).toBe(4);
    expect((await openAs(staff, world.a)).status).toBe(200);
  });

  it('counts one person’s streams across departments', async () => {
    const admin = world.viewers.platformAdmin!.userId;
    await openStreams(admin, world.a, 3);
    await openStreams(admin, world.b, 2);
    const refused = await openAs(admin, world.b);
    expect(refused.status).toBe(429);
    expect(refused.problem).toMatchObject({ limit: 'user' });
  });

  it('refuses past the per-process cap, whoever asks, and lets the next one in once a stream closes', async () => {
    process.env.PUENTE_STREAMS_PER_PROCESS = '3';
    resetEnvCache();
    const people = await Promise.all([1, 2, 3, 4].map(() => makeMember(world.a.id, 'staff')));
    const open = [];
    for (const p of people.slice(0, 3)) open.push(...(await openStreams(p.id, world.a, 1)));
    const refused = await openAs(people[3]!.id, world.a);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('30');
    expect(refused.problem).toMatchObject({ title: 'Too Many Requests', status: 429, limit: 'process' });
    expect(String(refused.problem?.detail)).toMatch(/maximum of 3 live delivery streams/);
    open[0]!.abort();
    // The slot comes back when the server sees the client go, an event away from abort().
    await expect.poll(async () => (await openAs(people[3]!.id, world.a)).status, { timeout: 3000, interval: 50 }).toBe(200);
  });

  it('gives the slot back when the server ends the stream: access revoked, or a client that does not read', async () => {
    const member = await makeMember(world.a.id, 'staff');
    const [s] = await openStreams(member.id, world.a, 1);
    expect(liveStreamStats(member.id).mine).toBe(1);
    await db.delete(memberships).where(eq(memberships.userId, member.id));
    await s!.ended(); // the next heartbeat's re-check closes it
    expect(liveStreamStats(member.id).mine).toBe(0);
    // Still refused at the door, as before.
    expect((await openAs(member.id, world.a)).status).toBe(404);

    // A client that never reads: once MAX_QUEUED_CHUNKS frames wait for it, the stream ends.
    const reader = await makeMember(world.a.id, 'staff');
    const idle = await openAs(reader.id, world.a);
    expect(idle.status).toBe(200);
    expect(liveStreamStats(reader.id).mine).toBe(1);
    await rawSql()`
      select pg_notify('puente_deliveries', json_build_object('departmentId', ${world.a.id}::uuid, 'ids', '[]'::json, 'count', i, 'op', 'update')::text)
        from generate_series(1, ${MAX_QUEUED_CHUNKS + 20}) i`;
    await expect.poll(() => liveStreamStats(reader.id).mine, { timeout: 5000 }).toBe(0);
  });

  it('answers 401/404 before counting anything: strangers use up no one’s slots', async () => {
    const before = liveStreamStats().slots;
    expect((await openAs(world.viewers.staffB!.userId, world.a)).status).toBe(404);
    const anonymous = await (await import('../../app/api/dashboard/[dept]/events/route')).GET(
      new NextRequest(new URL(`/api/dashboard/${world.a.slug}/events`, 'http://localhost')),
      { params: Promise.resolve({ dept: world.a.slug }) },
    );
    expect(anonymous.status).toBe(401);
    expect(liveStreamStats().slots).toBe(before);
  });
});

// ---------------------------------------------------------------- the fan-out

describe('live delivery streams: one LISTEN, no query per stream', () => {
  it('shares one LISTEN connection and one access re-check per heartbeat among all streams', async () => {
    const streams = [
      ...(await openStreams(world.viewers.staffA!.userId, world.a, 4)),
      ...(await openStreams(world.viewers.adminA!.userId, world.a, 4)),
      ...(await openStreams(world.viewers.staffB!.userId, world.b, 2)),
    ];
    const listeners = await observer<{ query: string }[]>`
      select query from pg_stat_activity where datname = current_database() and application_name = 'puente-realtime'`;
    expect(listeners).toHaveLength(1);
    expect(listeners[0]!.query).toMatch(/^listen /i);

    // From a quiet moment: no re-check in flight, counters read together.
    await liveStreamsSettled();
    h.statements.length = 0;
    const before = liveStreamStats();
    const since = new Date().toISOString();

    // Every stream sees three heartbeats sent after that moment (earlier ones may still be queued).
    const beatAfter = (f: string) => isHeartbeat(f) && f.slice(': heartbeat '.length) > since;
    for (const s of streams) {
      for (let i = 0; i < 3; i++) await s.waitFor(beatAfter);
    }
    closeAllLiveStreams();
    await liveStreamsSettled();
    const after = liveStreamStats();
    const ticks = after.ticks - before.ticks;
    const sweeps = after.sweeps - before.sweeps;

    expect(ticks).toBeGreaterThanOrEqual(3);
    // Each statement is one re-check of all ten streams together; at most one per heartbeat.
    expect(h.statements.length).toBe(sweeps);
    expect(sweeps).toBeLessThanOrEqual(ticks);
    expect(h.statements.every((q) => q.includes('json_to_recordset'))).toBe(true);
    // Checking each stream by itself would have taken at least streams × heartbeats statements.
    expect(h.statements.length).toBeLessThan(streams.length * ticks);
    expect(after.timer).toBe(false);
  });

  it('sends a department’s notifications to its streams only', async () => {
    const a = await openAs(world.viewers.staffA!.userId, world.a);
    const admin = await openAs(world.viewers.platformAdmin!.userId, world.a);
    const b = await openAs(world.viewers.staffB!.userId, world.b);
    expect([a.status, admin.status, b.status]).toEqual([200, 200, 200]);

    const idA = await insertDelivery(world.a);
    expect(eventOf(await a.waitFor((f) => eventOf(f) !== null))).toMatchObject({ departmentId: world.a.id, ids: [idA] });
    expect(eventOf(await admin.waitFor((f) => eventOf(f) !== null))).toMatchObject({ departmentId: world.a.id, ids: [idA] });
    // B's stream: notifications arrive in commit order on the one connection, so if its first
    // event is B's own, A's never reached it.
    const idB = await insertDelivery(world.b);
    expect(eventOf(await b.waitFor((f) => eventOf(f) !== null))).toMatchObject({ departmentId: world.b.id, ids: [idB] });
    expect(b.frames.map(eventOf).filter((e) => e !== null)).toHaveLength(1);
    expect(a.frames.some((f) => f.includes(world.b.id) || f.includes(idB))).toBe(false);
  });
});
