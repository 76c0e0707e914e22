import { afterAll, describe, expect, it } from 'vitest';
import { rawSql } from '../../db/client';
import { makeDepartment, makeWebhookRow } from '../../test/factories';
import {
  deliverySubscriberCount,
  parseDeliveryNotification,
  stopDeliveryNotifications,
  subscribeDeliveries,
  type DeliveryNotification,
} from './delivery-notifications';

afterAll(async () => {
  await stopDeliveryNotifications();
});

/** Inserts `n` deliveries for one webhook in ONE statement; returns their ids. */
async function insertDeliveries(departmentId: string, webhookId: string, n: number): Promise<string[]> {
  const q = rawSql();
  const rows = await q<{ id: string }[]>`
    with e as (
      insert into events (type, payload) select 'ping', '{}'::jsonb from generate_series(1, ${n}) returning id
    )
    insert into deliveries (webhook_id, department_id, event_id, event_type, message_id)
    select ${webhookId}, ${departmentId}, e.id, 'ping', 'msg_' || replace(gen_random_uuid()::text, '-', '') from e
    returning id`;
  return rows.map((r) => r.id);
}

/** Collects notifications; `next()` waits for the next one (or fails after `ms`). */
function collector() {
  const got: { n: DeliveryNotification; at: number }[] = [];
  let wake: (() => void) | null = null;
  const listener = (n: DeliveryNotification) => {
    got.push({ n, at: performance.now() });
    wake?.();
  };
  let consumed = 0;
  async function next(ms = 2000): Promise<{ n: DeliveryNotification; at: number }> {
    const deadline = Date.now() + ms;
    while (got.length <= consumed) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no notification within ${ms} ms`);
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, left);
      });
      wake = null;
    }
    return got[consumed++]!;
  }
  return { got, listener, next };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('live delivery notifications', () => {
  it('reaches subscribers of the same department only, within milliseconds of the commit', async () => {
    const a = await makeDepartment();
    const b = await makeDepartment();
    const wa = await makeWebhookRow(a.id);
    await makeWebhookRow(b.id);
    const ca = collector();
    const cb = collector();
    const offA = await subscribeDeliveries(a.id, ca.listener);
    const offB = await subscribeDeliveries(b.id, cb.listener);

    // A new delivery: one insert statement.
    const [id] = await insertDeliveries(a.id, wa.id, 1);
    const inserted = await ca.next();
    expect(inserted.n).toEqual({ departmentId: a.id, ids: [id], count: 1, op: 'insert' });

    // A new attempt: the delivery row changes in another connection (the pool, not the LISTEN one).
    const q = rawSql();
    const delays: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      await q`update deliveries set attempt_count = attempt_count + 1, status = 'retrying', last_status_code = 503,
                    last_attempt_at = now() where id = ${id!}`;
      const got = await ca.next();
      expect(got.n).toMatchObject({ departmentId: a.id, ids: [id], op: 'update' });
      delays.push(got.at - t0);
    }
    delays.sort((x, y) => x - y);
    const p50 = delays[Math.floor(delays.length / 2)]!;
    const max = delays[delays.length - 1]!;
    console.log(`live update delay (statement start → notification received), 20 updates: p50 ${p50.toFixed(1)} ms, max ${max.toFixed(1)} ms`);
    expect(max).toBeLessThan(2000);

    await sleep(100);
    expect(cb.got).toHaveLength(0);
    offA();
    offB();
    expect(deliverySubscriberCount()).toBe(0);
  });

  it('sends one notification per department per statement, ids capped at 100', async () => {
    const a = await makeDepartment();
    const wa = await makeWebhookRow(a.id);
    const c = collector();
    const off = await subscribeDeliveries(a.id, c.listener);
    const ids = await insertDeliveries(a.id, wa.id, 500);
    const first = await c.next();
    expect(first.n.count).toBe(500);
    expect(first.n.ids).toHaveLength(100);
    expect(first.n.ids.every((x) => ids.includes(x))).toBe(true);

    // The engine's bulk record: one update of many rows → still one notification.
    await rawSql()`update deliveries set status = 'delivered', attempt_count = 1, last_status_code = 200 where department_id = ${a.id}`;
    const second = await c.next();
    expect(second.n).toMatchObject({ op: 'update', count: 500 });
    await sleep(150);
    expect(c.got).toHaveLength(2);
    off();
  });

  it('stays quiet for lease-only updates and rolled-back transactions', async () => {
    const a = await makeDepartment();
    const wa = await makeWebhookRow(a.id);
    const [id] = await insertDeliveries(a.id, wa.id, 1);
    await rawSql()`insert into delivery_queue (delivery_id, webhook_id, run_at) values (${id!}, ${wa.id}, now())`;
    await sleep(150); // let the insert's own notification pass before subscribing
    const c = collector();
    const off = await subscribeDeliveries(a.id, c.listener);
    const q = rawSql();
    // The engine's lease lives on the work list, not on the delivery: nothing to announce.
    await q`update delivery_queue set lease_until = now() + interval '30 seconds' where delivery_id = ${id!}`;
    await q`update delivery_queue set lease_until = null where delivery_id = ${id!}`;
    await q
      .begin(async (tx) => {
        await tx`update deliveries set status = 'failed' where id = ${id!}`;
        throw new Error('roll back');
      })
      .catch(() => {});
    await sleep(200);
    expect(c.got).toHaveLength(0);
    off();
  });

  it('isolates a throwing subscriber and ignores malformed payloads', async () => {
    const a = await makeDepartment();
    const wa = await makeWebhookRow(a.id);
    const c = collector();
    const offBad = await subscribeDeliveries(a.id, () => {
      throw new Error('boom');
    });
    const off = await subscribeDeliveries(a.id, c.listener);
    await rawSql()`select pg_notify('puente_deliveries', 'not json')`;
    await rawSql()`select pg_notify('puente_deliveries', ${JSON.stringify({ departmentId: 'x', ids: [] })})`;
    await insertDeliveries(a.id, wa.id, 1);
    const got = await c.next();
    expect(got.n.departmentId).toBe(a.id);
    expect(c.got).toHaveLength(1);
    offBad();
    off();
  });

  it('parses only well-formed payloads', () => {
    const dep = '0b5e1a2c-6f7d-4e8a-9b0c-1d2e3f4a5b6c';
    expect(parseDeliveryNotification('{')).toBeNull();
    expect(parseDeliveryNotification('null')).toBeNull();
    expect(parseDeliveryNotification(JSON.stringify({ departmentId: dep, ids: [dep, 'nope', 3] }))).toEqual({
      departmentId: dep,
      ids: [dep],
      count: 1,
      op: 'update',
    });
  });
});
