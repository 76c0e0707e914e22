/**
 * `npx tsx --import ./scripts/allow-server-only.mjs scripts/bench-delivery-log.ts [count]`: how fast the delivery log's pages are at
 * 1,000,000 deliveries of ONE department (docs/decisions/008-live-delivery-log.md).
 * Starts a throw-away embedded Postgres, inserts the deliveries in bulk (5 webhooks, one
 * lead/event per 5 deliveries, spread over ~6 days), ANALYZEs, then times `listDeliveries`
 * (the function the page and the JSON API call): the first page, the next page through its
 * cursor, a page deep in the log, and the filtered first pages. Prints each plan's scan line.
 * Last line: RESULT first_page_ms=… next_page_ms=… deep_page_ms=… deliveries=…
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { closeDb, db } from '../db/client';
import { runMigrations } from '../lib/runtime/migrate';
import { listDeliveries, listDeliveriesQuery, type DeliveryFilters } from '../db/queries/deliveries';
import { PLATFORM_TIME_ZONE as timeZone } from '../lib/time';
import { startEmbeddedPostgres } from '../lib/runtime/embedded-postgres';
import { freePort } from '../test/global-setup';

const N = Number(process.argv[2] ?? 1_000_000);
const WEBHOOKS = 5;
const CHUNK_EVENTS = 40_000;
const RUNS = 7;

const dir = mkdtempSync(path.join(os.tmpdir(), 'puente-bench-log-'));
const pg = await startEmbeddedPostgres({ dataDir: dir, port: await freePort(), password: 'bench' });

try {
  const url = await pg.ensureDatabase('bench');
  await runMigrations(url);
  process.env.DATABASE_URL = url;
  process.env.PUENTE_ENCRYPTION_KEY ??= Buffer.alloc(32, 9).toString('base64');
  const q = postgres(url, { max: 1, onnotice: () => {} });

  const [dep] = await q<{ id: string }[]>`
    insert into departments (slug, name, acronym, status) values ('bench', 'Bench', 'BENCH', 'approved') returning id`;
  const depId = dep!.id;
  const [program] = await q<{ id: string }[]>`
    insert into programs (department_id, slug, kind, title_es, title_en, summary_es, summary_en, description_es, description_en)
    values (${depId}, 'bench-p', 'financing', 'P', 'P', 's', 's', 'd', 'd') returning id`;
  const hooks = await q<{ id: string }[]>`
    insert into webhooks (department_id, url, secret_ciphertext)
    select ${depId}, 'https://crm.example.gov.pr/hooks/' || g, 'unused' from generate_series(1, ${WEBHOOKS}::int) g returning id`;

  const events = Math.ceil(N / WEBHOOKS);
  console.log(`inserting ${N.toLocaleString('en-US')} deliveries (${events.toLocaleString('en-US')} leads × ${WEBHOOKS} webhooks) for one department…`);
  const t0 = performance.now();
  for (let start = 0; start < events; start += CHUNK_EVENTS) {
    const end = Math.min(events, start + CHUNK_EVENTS);
    // Lead k was created k × 2.5 s before now; its deliveries share its created_at, as when planned in one transaction.
    await q`
      with l as (
        insert into leads (reference, name, email, phone, business_name, municipality, business_stage, sector, locale, consent_at, consented_departments, created_at)
        select 'B-' || g, 'Bench', 'b@example.com', '787', 'B', 'Ponce', 'new', 'food', 'es', now(), '["BENCH"]', now() - g * interval '2.5 seconds'
          from generate_series(${start + 1}::int, ${end}::int) g
        returning id, created_at
      ), lp as (
        insert into lead_programs (lead_id, program_id) select id, ${program!.id} from l
      ), e as (
        insert into events (type, lead_id, payload, created_at) select 'lead.created', id, '{}'::jsonb, created_at from l
        returning id, created_at
      )
      insert into deliveries (webhook_id, department_id, event_id, event_type, message_id, status, attempt_count,
                              last_status_code, last_duration_ms, last_attempt_at, next_attempt_at, created_at)
      select w.id, ${depId}, e.id, 'lead.created', 'msg_' || replace(gen_random_uuid()::text, '-', ''),
             s.status::delivery_status, 1, case s.status when 'delivered' then 200 else 503 end, 40 + (random() * 200)::int,
             e.created_at, null, e.created_at
        from e
        cross join unnest(${hooks.map((h) => h.id)}::uuid[]) as w(id)
        cross join lateral (
          -- Referencing w.id makes the draw per row (an uncorrelated subquery would run once).
          select case when r < 0.02 then 'failed' when r < 0.03 then 'retrying' else 'delivered' end as status
            from (select random() + 0 * length(w.id::text) as r) x) s`;
  }
  await q`analyze`;
  const [{ n } = { n: 0 }] = await q<{ n: number }[]>`select count(*)::int as n from deliveries where department_id = ${depId}`;
  console.log(`inserted ${n.toLocaleString('en-US')} deliveries in ${((performance.now() - t0) / 1000).toFixed(1)} s; analyzed`);

  async function time(label: string, f: DeliveryFilters): Promise<number> {
    await listDeliveries(db, depId, f, { timeZone }); // warm
    const xs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const s = performance.now();
      await listDeliveries(db, depId, f, { timeZone });
      xs.push(performance.now() - s);
    }
    xs.sort((a, b) => a - b);
    const median = xs[Math.floor(xs.length / 2)]!;
    const plan = await db.execute<{ 'QUERY PLAN': string }>(sql`explain (analyze, buffers) ${listDeliveriesQuery(depId, f, { timeZone })}`);
    const lines = plan.map((r) => r['QUERY PLAN']);
    const scan = lines.find((l) => /Scan on deliveries|Scan using .* on deliveries/.test(l))?.trim() ?? '(no deliveries scan?)';
    const exec = lines.find((l) => l.startsWith('Execution Time'))?.trim() ?? '';
    const sorted = lines.some((l) => /\bSort\b/.test(l));
    console.log(`${label.padEnd(44)} ${median.toFixed(2).padStart(8)} ms (median of ${RUNS})  | ${scan.replace(/\s+\(cost=.*$/, '')}${sorted ? ' + SORT' : ''} | ${exec}`);
    return median;
  }

  const page1 = await listDeliveries(db, depId, {}, { timeZone });
  const cursor = page1.nextCursor!;
  const [deep] = await q<{ c: string; id: string }[]>`
    select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as c, id from deliveries
     where department_id = ${depId} order by created_at desc nulls last, id desc nulls last offset ${Math.floor(N / 2)} limit 1`;

  console.log('');
  const first = await time('first page', {});
  const next = await time('next page (cursor)', { cursor });
  const deepMs = await time(`page at delivery ${Math.floor(N / 2).toLocaleString('en-US')} (cursor)`, { cursor: { createdAt: deep!.c, id: deep!.id } });
  await time('first page, ?webhook=', { webhookId: hooks[0]!.id });
  await time('first page, ?status=failed (2 %)', { status: 'failed' });
  await time('first page, ?status=held (none: worst case)', { status: 'held' });
  await time('first page, ?program=', { programId: program!.id });
  await time('first page, ?from=&to= (3 days ago)', (() => {
    const d = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
    return { from: d, to: d };
  })());
  console.log(`\nRESULT first_page_ms=${first.toFixed(2)} next_page_ms=${next.toFixed(2)} deep_page_ms=${deepMs.toFixed(2)} deliveries=${n}`);
  await q.end();
} finally {
  await closeDb();
  await pg.stop();
  rmSync(dir, { recursive: true, force: true });
}
