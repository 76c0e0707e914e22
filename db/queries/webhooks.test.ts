import { beforeEach, describe, expect, it } from 'vitest';
import { makeDepartment, makeWebhookRow } from '../../test/factories';
import { db, rawSql } from '../client';
import { getDepartmentWebhookRecord as getDepartmentWebhook, listDepartmentWebhooks } from './webhooks';

beforeEach(async () => {
  await rawSql()`truncate leads, events, deliveries, webhooks, programs, departments cascade`;
});

describe('a webhook’s delivery settings and circuit breaker', () => {
  it('reach the list and the webhook page', async () => {
    const dep = await makeDepartment();
    const coolingSince = new Date('2026-05-01T18:02:00Z');
    const nextProbeAt = new Date('2026-05-01T18:07:00Z');
    const paused = await makeWebhookRow(dep.id, { maxInFlight: 4, consecutiveFailures: 7, coolingSince, nextProbeAt });
    const healthy = await makeWebhookRow(dep.id);

    const list = await listDepartmentWebhooks(db, dep.id, new Date('2026-05-01T18:05:00Z'));
    expect(list.map((w) => [w.id, w.consecutiveFailures, w.coolingSince, w.nextProbeAt])).toEqual([
      [paused.id, 7, '2026-05-01T18:02:00.000Z', '2026-05-01T18:07:00.000Z'],
      [healthy.id, 0, null, null],
    ]);

    expect(await getDepartmentWebhook(db, dep.id, paused.id)).toMatchObject({ maxInFlight: 4, consecutiveFailures: 7, coolingSince, nextProbeAt });
    expect(await getDepartmentWebhook(db, dep.id, healthy.id)).toMatchObject({ maxInFlight: null, consecutiveFailures: 0, coolingSince: null, nextProbeAt: null });
  });
});
