import { InngestTestEngine } from '@inngest/test';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db, rawSql } from '../../db/client';
import { deliveries, deliveryQueue, webhooks } from '../../db/schema';
import { leadInput, makeDepartment, makeProgram } from '../../test/factories';
import { startReceiver, type Receiver } from '../../test/receiver';
import { resetEnvCache } from '../../lib/env';
import { invalidateSsrfOptions } from '../../lib/delivery/ssrf-policy';
import { createLead } from '../../lib/leads/create-lead';
import { createWebhook } from '../../lib/webhooks/create-webhook';
import { deliverWebhook } from './deliver-webhook';
import { fanOutLead } from './fan-out-lead';
import { sweepDeliveries } from './sweep-deliveries';

// The Inngest engine's functions run with @inngest/test against the real database and a real
// receiver; they call the same attemptDelivery the embedded engine does.
let receiver: Receiver;
let status = 200;

beforeAll(async () => {
  process.env.PUENTE_ENGINE = 'inngest';
  process.env.PUENTE_ALLOW_PRIVATE_WEBHOOKS = '1';
  resetEnvCache();
  invalidateSsrfOptions();
  receiver = await startReceiver(() => ({ status }));
});
afterAll(async () => {
  await receiver.close();
});
beforeEach(async () => {
  await rawSql()`truncate leads, events, deliveries, webhooks, programs, departments cascade`;
  receiver.requests.length = 0;
  status = 200;
});

async function leadWithTwoWebhooks() {
  const dep = await makeDepartment();
  const program = await makeProgram(dep.id);
  for (const path of ['/a', '/b']) {
    const w = await createWebhook(db, dep.id, { url: `${receiver.url}${path}` }, { email: 't@example.com' });
    expect(w.ok).toBe(true);
  }
  await db.delete(deliveries).where(eq(deliveries.eventType, 'ping'));
  const lead = await createLead(db, leadInput([program.id]));
  if (!lead.ok) throw new Error('lead');
  return lead;
}

describe('fan-out-lead', () => {
  it('sends one webhook/delivery.requested per planned delivery', async () => {
    const lead = await leadWithTwoWebhooks();
    const t = new InngestTestEngine({ function: fanOutLead });
    const { result, ctx, error } = await t.execute({
      events: [{ name: 'lead/created', data: { eventId: lead.eventId } }],
      // No Inngest server here: the send step is mocked and its input checked below.
      steps: [{ id: 'request-deliveries', handler: () => ({ ids: [] }) }],
    });
    expect(error).toBeUndefined();
    expect(result).toEqual({ fannedOut: 2 });
    const sent = (ctx.step.sendEvent as unknown as { mock: { calls: unknown[][] } }).mock.calls[0]![1] as { name: string; data: { deliveryId: string } }[];
    expect(sent.map((e) => e.name)).toEqual(['webhook/delivery.requested', 'webhook/delivery.requested']);
    expect(sent.map((e) => e.data.deliveryId).sort()).toEqual(lead.deliveries.map((d) => d.id).sort());
  });
});

describe('deliver-webhook', () => {
  it('delivers in one step when the receiver answers 2xx', async () => {
    const lead = await leadWithTwoWebhooks();
    const id = lead.deliveries[0]!.id;
    const t = new InngestTestEngine({ function: deliverWebhook });
    const { result, error } = await t.execute({ events: [{ name: 'webhook/delivery.requested', data: { deliveryId: id } }] });
    expect(error).toBeUndefined();
    expect(result).toMatchObject({ outcome: 'delivered', statusCode: 200 });
    expect(receiver.requests).toHaveLength(1);
    const [d] = await db.select().from(deliveries).where(eq(deliveries.id, id));
    expect(d!.status).toBe('delivered');
  });

  it('sleeps until the scheduled time after a failure, then attempts again', async () => {
    const lead = await leadWithTwoWebhooks();
    const id = lead.deliveries[0]!.id;
    status = 500;
    const t = new InngestTestEngine({ function: deliverWebhook });
    // Run until the first sleep is registered: one attempt made, retry scheduled ~5 s later.
    const { result, ctx } = await t.executeStep('wait-1', { events: [{ name: 'webhook/delivery.requested', data: { deliveryId: id } }] });
    expect(result).toBeUndefined();
    const sleepUntil = ctx.step.sleepUntil as unknown as { mock: { calls: [string, string][] } };
    const [stepId, until] = sleepUntil.mock.calls[0]!;
    expect(stepId).toBe('wait-1');
    const [d] = await db.select().from(deliveries).where(eq(deliveries.id, id));
    expect(d).toMatchObject({ status: 'retrying', attemptCount: 1 });
    expect(new Date(until).getTime()).toBe(d!.nextAttemptAt!.getTime());
    expect(receiver.requests).toHaveLength(1);
  });
});

describe('deliver-webhook: the same cap and breaker as the embedded engine', () => {
  it('sleeps until the probe time while the webhook is cooling, sending nothing', async () => {
    const lead = await leadWithTwoWebhooks();
    const id = lead.deliveries[0]!.id;
    const probeAt = new Date(Date.now() + 60_000);
    const [d0] = await db.select().from(deliveries).where(eq(deliveries.id, id));
    await db.update(webhooks).set({ consecutiveFailures: 5, coolingSince: new Date(), nextProbeAt: probeAt }).where(eq(webhooks.id, d0!.webhookId));
    const t = new InngestTestEngine({ function: deliverWebhook });
    const { ctx } = await t.executeStep('cooling-1', { events: [{ name: 'webhook/delivery.requested', data: { deliveryId: id } }] });
    const sleepUntil = ctx.step.sleepUntil as unknown as { mock: { calls: [string, string][] } };
    const [stepId, until] = sleepUntil.mock.calls[0]!;
    expect(stepId).toBe('cooling-1');
    expect(new Date(until).getTime()).toBe(probeAt.getTime());
    expect(receiver.requests).toHaveLength(0);
  });

  it('waits a few seconds when the webhook already has its cap of requests in flight', async () => {
    const lead = await leadWithTwoWebhooks();
    const id = lead.deliveries[0]!.id;
    const webhookId = lead.deliveries[0]!.webhookId;
    await db.update(webhooks).set({ maxInFlight: 1 }).where(eq(webhooks.id, webhookId));
    // A second lead's delivery to the same webhook is on the wire (leased): its cap of 1 is reached.
    const program = (await db.execute<{ id: string }>(sql`select program_id as id from lead_programs where lead_id = ${lead.leadId}::uuid`))[0]!.id;
    const second = await createLead(db, leadInput([program]));
    if (!second.ok) throw new Error('lead');
    const onWire = second.deliveries.find((d) => d.webhookId === webhookId)!.id;
    const lease = new Date(Date.now() + 30_000);
    await db.update(deliveryQueue).set({ runAt: lease, leaseUntil: lease }).where(eq(deliveryQueue.deliveryId, onWire));
    const t = new InngestTestEngine({ function: deliverWebhook });
    const { ctx } = await t.executeStep('busy-1', { events: [{ name: 'webhook/delivery.requested', data: { deliveryId: id } }] });
    const sleep = ctx.step.sleep as unknown as { mock: { calls: [string, string][] } };
    expect(sleep.mock.calls[0]![0]).toBe('busy-1');
    expect(receiver.requests).toHaveLength(0);
  });
});

describe('sweep-deliveries', () => {
  it('re-requests deliveries that are due and held by nobody', async () => {
    const lead = await leadWithTwoWebhooks();
    // Pretend the lead/created event was lost three minutes ago.
    await db.update(deliveryQueue).set({ runAt: new Date(Date.now() - 180_000) });
    const t = new InngestTestEngine({ function: sweepDeliveries });
    const { result, error, ctx } = await t.execute({ steps: [{ id: 're-request', handler: () => ({ ids: [] }) }] });
    expect(error).toBeUndefined();
    expect(result).toEqual({ requeued: 2 });
    const sent = (ctx.step.sendEvent as unknown as { mock: { calls: unknown[][] } }).mock.calls[0]![1] as { data: { deliveryId: string } }[];
    expect(sent.map((e) => e.data.deliveryId).sort()).toEqual(lead.deliveries.map((d) => d.id).sort());
  });
});
