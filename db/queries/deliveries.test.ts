import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeDepartment, makeProgram, makeWebhookRow } from '../../test/factories';
import { db, rawSql } from '../client';
import { PLATFORM_TIME_ZONE } from '../../lib/time';
import {
  getDeliveryDetail,
  listDeliveries as listDeliveriesIn,
  listDeliveriesQuery,
  webhookDeliveryStats,
  type DeliveryCursor,
  type DeliveryFilters,
} from './deliveries';

const timeZone = PLATFORM_TIME_ZONE;
const listDeliveries = (q: typeof db, departmentId: string, f: DeliveryFilters, limit?: number) => listDeliveriesIn(q, departmentId, f, { timeZone, limit });

beforeEach(async () => {
  await rawSql()`truncate leads, events, deliveries, webhooks, programs, departments cascade`;
});

interface Seed {
  departmentId: string;
  webhookId: string;
  n: number;
  /** created_at of row i (1-based); default: one second apart, newest = i = 1. */
  createdAt?: (i: number) => string;
  status?: string;
  eventType?: string;
  programId?: string;
}

/** Inserts n deliveries (each with its own event, and a lead when programId is given) in one statement. */
async function seed(s: Seed): Promise<string[]> {
  const q = rawSql();
  const created = s.createdAt ?? ((i: number) => new Date(Date.UTC(2026, 4, 1, 12, 0, 0) - i * 1000).toISOString());
  const times = Array.from({ length: s.n }, (_, k) => created(k + 1));
  const rows = await q<{ id: string }[]>`
    with t as (
      select ord, ts::timestamptz as ts from unnest(${times}::text[]) with ordinality as x(ts, ord)
    ), l as (
      insert into leads (reference, name, email, phone, business_name, municipality, business_stage, sector, locale, consent_at, consented_departments)
      select 'T-' || replace(gen_random_uuid()::text, '-', ''), 'N', 'n@example.com', '787', 'B', 'Ponce', 'new', 'food', 'es', now(), '[]'::jsonb
        from t where ${s.programId ?? null}::uuid is not null
      returning id
    ), lp as (
      insert into lead_programs (lead_id, program_id) select id, ${s.programId ?? null}::uuid from l returning lead_id
    ), ln as (
      select lead_id, row_number() over () as ord from lp
    ), e as (
      insert into events (type, lead_id, payload)
      select ${s.eventType ?? 'lead.created'}, ln.lead_id, jsonb_build_object('ord', t.ord)
        from t left join ln on ln.ord = t.ord
      returning id, (payload->>'ord')::bigint as ord
    )
    insert into deliveries (webhook_id, department_id, event_id, event_type, message_id, status, created_at)
    select ${s.webhookId}, ${s.departmentId}, e.id, ${s.eventType ?? 'lead.created'}, 'msg_' || replace(gen_random_uuid()::text, '-', ''),
           ${s.status ?? 'delivered'}::delivery_status, t.ts
      from e join t on t.ord = e.ord
    returning id`;
  return rows.map((r) => r.id);
}

async function allPages(departmentId: string, f: DeliveryFilters, limit: number) {
  const ids: string[] = [];
  const sizes: number[] = [];
  let cursor: DeliveryCursor | null = null;
  for (let guard = 0; guard < 100; guard++) {
    const filters: DeliveryFilters = cursor ? { ...f, cursor } : f;
    const page = await listDeliveries(db, departmentId, filters, limit);
    ids.push(...page.items.map((i) => i.id));
    sizes.push(page.items.length);
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  return { ids, sizes };
}

describe('the delivery log', () => {
  it('pages newest first by keyset, without gaps or repeats, even among equal timestamps', async () => {
    const dep = await makeDepartment();
    const w = await makeWebhookRow(dep.id);
    // 120 deliveries, 40 of them sharing one created_at (to the microsecond).
    const ids = await seed({
      departmentId: dep.id,
      webhookId: w.id,
      n: 120,
      createdAt: (i) => (i > 30 && i <= 70 ? '2026-05-01T11:00:00.000001Z' : new Date(Date.UTC(2026, 4, 1, 12) - i * 1000).toISOString()),
    });
    const { ids: seen, sizes } = await allPages(dep.id, {}, 50);
    expect(sizes).toEqual([50, 50, 20]);
    expect(new Set(seen).size).toBe(120);
    expect([...seen].sort()).toEqual([...ids].sort());
    const page = await listDeliveries(db, dep.id, {}, 120);
    expect(page.items.map((i) => i.id)).toEqual(seen);
    for (let k = 1; k < page.items.length; k++) {
      const a = page.items[k - 1]!;
      const b = page.items[k]!;
      expect(a.createdAt > b.createdAt || (a.createdAt === b.createdAt && a.id > b.id)).toBe(true);
    }
    expect(page.items[0]).toMatchObject({ status: 'delivered', eventType: 'lead.created', webhookUrl: w.url, attemptCount: 0 });
    expect(page.nextCursor).toBeNull();
  });

  it('shows one department only, whatever ids the filters carry', async () => {
    const a = await makeDepartment();
    const b = await makeDepartment();
    const wa = await makeWebhookRow(a.id);
    const wb = await makeWebhookRow(b.id);
    const pb = await makeProgram(b.id);
    await seed({ departmentId: a.id, webhookId: wa.id, n: 3 });
    const bIds = await seed({ departmentId: b.id, webhookId: wb.id, n: 2, programId: pb.id });
    expect((await listDeliveries(db, a.id, {})).items).toHaveLength(3);
    expect((await listDeliveries(db, a.id, { webhookId: wb.id })).items).toHaveLength(0);
    expect((await listDeliveries(db, a.id, { programId: pb.id })).items).toHaveLength(0);
    expect(await getDeliveryDetail(db, a.id, bIds[0]!)).toBeNull();
    expect(await getDeliveryDetail(db, b.id, bIds[0]!)).not.toBeNull();
    expect(await getDeliveryDetail(db, b.id, 'not-a-uuid')).toBeNull();
  });

  it('filters by webhook, status, event, program and Puerto Rico dates', async () => {
    const dep = await makeDepartment();
    const w1 = await makeWebhookRow(dep.id);
    const w2 = await makeWebhookRow(dep.id);
    const p = await makeProgram(dep.id);
    await seed({ departmentId: dep.id, webhookId: w1.id, n: 4, status: 'failed' });
    await seed({ departmentId: dep.id, webhookId: w2.id, n: 3, eventType: 'ping', createdAt: () => '2026-04-10T03:30:00Z' }); // Apr 9, 23:30 AST
    const withProgram = await seed({ departmentId: dep.id, webhookId: w2.id, n: 2, programId: p.id, status: 'retrying' });
    const count = async (f: DeliveryFilters) => (await listDeliveries(db, dep.id, f)).items.length;
    expect(await count({})).toBe(9);
    expect(await count({ webhookId: w1.id })).toBe(4);
    expect(await count({ status: 'failed' })).toBe(4);
    expect(await count({ status: 'held' })).toBe(0);
    expect(await count({ event: 'ping' })).toBe(3);
    expect(await count({ webhookId: w2.id, event: 'lead.created' })).toBe(2);
    const byProgram = await listDeliveries(db, dep.id, { programId: p.id });
    expect(byProgram.items.map((i) => i.id).sort()).toEqual([...withProgram].sort());
    expect(await count({ from: '2026-04-09', to: '2026-04-09' })).toBe(3);
    expect(await count({ from: '2026-04-10', to: '2026-04-10' })).toBe(0);
    expect(await count({ from: '2026-04-30' })).toBe(6);
  });

  it('reads the first and later pages from the department log index, not a sort', async () => {
    const dep = await makeDepartment();
    const w = await makeWebhookRow(dep.id);
    const other = await makeDepartment();
    const wo = await makeWebhookRow(other.id);
    await seed({ departmentId: dep.id, webhookId: w.id, n: 20_000 });
    await seed({ departmentId: other.id, webhookId: wo.id, n: 5_000 });
    await rawSql()`analyze deliveries`;
    const first = await listDeliveries(db, dep.id, {});
    const explain = async (f: DeliveryFilters) => {
      const rows = await db.execute<{ 'QUERY PLAN': string }>(sql`explain ${listDeliveriesQuery(dep.id, f, { timeZone })}`);
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    };
    const plan1 = await explain({});
    expect(plan1).toContain('Index Scan using deliveries_department_log_idx');
    expect(plan1).not.toMatch(/Sort|Seq Scan on deliveries/);
    const plan2 = await explain({ cursor: first.nextCursor! });
    expect(plan2).toContain('Index Scan using deliveries_department_log_idx');
    expect(plan2).toMatch(/Index Cond: .*ROW\(created_at, id\) < ROW/);
    expect(plan2).not.toMatch(/Sort|Seq Scan on deliveries/);
    const plan3 = await explain({ webhookId: w.id });
    expect(plan3).toMatch(/Index Scan using deliveries_(webhook|department)_log_idx/);
    expect(plan3).not.toMatch(/Sort|Seq Scan on deliveries/);
  });
});

describe('webhooks whose circuit breaker is open', () => {
  it('are listed with the page (only enabled ones, only the filtered one), and a waiting delivery knows its probe time', async () => {
    const dep = await makeDepartment();
    const other = await makeDepartment();
    const cooling = { consecutiveFailures: 6, coolingSince: new Date('2026-05-01T18:02:00Z'), nextProbeAt: new Date('2026-05-01T18:07:00Z') };
    const paused = await makeWebhookRow(dep.id, { url: 'https://paused.example.com/h', description: 'CRM', ...cooling });
    const healthy = await makeWebhookRow(dep.id);
    await makeWebhookRow(dep.id, { ...cooling, disabledAt: new Date() }); // disabled: held, not "paused"
    await makeWebhookRow(dep.id, { ...cooling, active: false }); // inactive: the same
    await makeWebhookRow(other.id, cooling); // another department's
    const [waiting] = await seed({ departmentId: dep.id, webhookId: paused.id, n: 1, status: 'retrying' });
    const [fine] = await seed({ departmentId: dep.id, webhookId: healthy.id, n: 1, status: 'pending' });

    const page = await listDeliveries(db, dep.id, {});
    expect(page.pausedWebhooks).toEqual([
      {
        id: paused.id,
        url: 'https://paused.example.com/h',
        description: 'CRM',
        consecutiveFailures: 6,
        coolingSince: '2026-05-01T18:02:00.000000Z',
        nextProbeAt: '2026-05-01T18:07:00.000000Z',
      },
    ]);
    expect((await listDeliveries(db, dep.id, { webhookId: healthy.id })).pausedWebhooks).toEqual([]);
    expect((await listDeliveries(db, dep.id, { webhookId: paused.id })).pausedWebhooks.map((w) => w.id)).toEqual([paused.id]);
    expect((await listDeliveries(db, other.id, { webhookId: paused.id })).pausedWebhooks).toEqual([]);

    expect((await getDeliveryDetail(db, dep.id, waiting!))!.delivery).toMatchObject({
      webhookCoolingSince: '2026-05-01T18:02:00.000000Z',
      webhookNextProbeAt: '2026-05-01T18:07:00.000000Z',
    });
    expect((await getDeliveryDetail(db, dep.id, fine!))!.delivery).toMatchObject({ webhookCoolingSince: null, webhookNextProbeAt: null });
  });
});

describe('one delivery', () => {
  it('lists its attempts newest first and details the chosen one', async () => {
    const dep = await makeDepartment();
    const w = await makeWebhookRow(dep.id);
    const [id] = await seed({ departmentId: dep.id, webhookId: w.id, n: 1, status: 'retrying' });
    const q = rawSql();
    const [a1] = await q<{ id: string }[]>`
      insert into delivery_attempts (delivery_id, attempt_number, trigger, request_url, request_headers, request_body, error_class, error_message, duration_ms, started_at, next_attempt_at)
      values (${id!}, 1, 'auto', ${w.url}, '{"Content-Type":"application/json"}', '{"a":1}', 'connection', 'ECONNREFUSED', 3, '2026-05-01T12:00:00Z', '2026-05-01T12:00:05Z')
      returning id`;
    const [a2] = await q<{ id: string }[]>`
      insert into delivery_attempts (delivery_id, attempt_number, trigger, request_url, request_headers, request_body, response_status, response_headers, response_body, remote_address, duration_ms, started_at)
      values (${id!}, 2, 'manual', ${w.url}, '{"Content-Type":"application/x-www-form-urlencoded"}', 'payload=%7B%7D', 503, '{"retry-after":"5"}', '<b>down</b>', '127.0.0.1', 41, '2026-05-01T12:00:06Z')
      returning id`;
    const d = await getDeliveryDetail(db, dep.id, id!);
    expect(d!.attempts.map((a) => a.id)).toEqual([a2!.id, a1!.id]);
    expect(d!.attempts[1]).toMatchObject({ trigger: 'auto', errorClass: 'connection', nextAttemptAt: '2026-05-01T12:00:05.000000Z' });
    expect(d!.selected).toMatchObject({
      id: a2!.id,
      trigger: 'manual',
      responseStatus: 503,
      responseHeaders: { 'retry-after': '5' },
      responseBody: '<b>down</b>',
      requestBody: 'payload=%7B%7D',
      remoteAddress: '127.0.0.1',
    });
    const chosen = await getDeliveryDetail(db, dep.id, id!, a1!.id);
    expect(chosen!.selected).toMatchObject({ id: a1!.id, requestHeaders: { 'Content-Type': 'application/json' }, responseHeaders: null });
    const junk = await getDeliveryDetail(db, dep.id, id!, 'nope');
    expect(junk!.selected!.id).toBe(a2!.id);
  });
});

describe('per-webhook charts', () => {
  it('buckets attempts by hour (24) and by Puerto Rico day (7) with success rate and p50/p95', async () => {
    const dep = await makeDepartment();
    const w = await makeWebhookRow(dep.id);
    const other = await makeWebhookRow(dep.id);
    const now = new Date('2026-05-10T15:30:00Z'); // 11:30 AST
    const [id] = await seed({ departmentId: dep.id, webhookId: w.id, n: 1, createdAt: () => '2026-05-10T14:00:00Z' });
    const [otherId] = await seed({ departmentId: dep.id, webhookId: other.id, n: 1, createdAt: () => '2026-05-10T14:00:00Z' });
    const q = rawSql();
    // In the 15:00 UTC hour: 10 attempts, durations 10..100, 2xx for the first 7.
    for (let k = 1; k <= 10; k++) {
      await q`insert into delivery_attempts (delivery_id, attempt_number, request_url, request_headers, response_status, duration_ms, started_at)
              values (${id!}, ${k}, 'x', '{}', ${k <= 7 ? 200 : 500}, ${k * 10}, ${`2026-05-10T15:0${k % 10}:00Z`})`;
    }
    // Another webhook's attempt: not counted.
    await q`insert into delivery_attempts (delivery_id, attempt_number, request_url, request_headers, response_status, duration_ms, started_at)
            values (${otherId!}, 1, 'x', '{}', 200, 5000, '2026-05-10T15:10:00Z')`;
    // A blocked attempt: counts as a failure, not as a response time.
    await q`insert into delivery_attempts (delivery_id, attempt_number, request_url, request_headers, error_class, duration_ms, started_at)
            values (${id!}, 11, 'x', '{}', 'blocked', 0, '2026-05-10T14:10:00Z')`;
    const stats = await webhookDeliveryStats(db, dep.id, w.id, { timeZone, now });
    expect(stats.hourly).toHaveLength(24);
    expect(stats.daily).toHaveLength(7);
    const last = stats.hourly[23]!;
    expect(last.start).toBe('2026-05-10T15:00:00.000000Z');
    expect(last).toMatchObject({ attempts: 10, succeeded: 7, successRate: 0.7, p50Ms: 55 });
    expect([95, 96]).toContain(last.p95Ms); // percentile_cont: 95.5, rounded
    expect(stats.hourly[22]).toMatchObject({ attempts: 1, succeeded: 0, p50Ms: null });
    expect(stats.hourly[0]).toMatchObject({ attempts: 0, successRate: null });
    // Days start at midnight AST (04:00 UTC).
    expect(stats.daily[6]).toMatchObject({ start: '2026-05-10T04:00:00.000000Z', attempts: 11, succeeded: 7 });
    expect(stats.daily[0]!.start).toBe('2026-05-04T04:00:00.000000Z');
  });
});
