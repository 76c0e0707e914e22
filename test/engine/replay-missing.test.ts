/**
 * Replay missing: events that happened while a webhook was inactive or disabled are planned as
 * `skipped` deliveries (no work-list row, nothing sent, not even when the webhook is enabled
 * again). Once it is enabled, replayMissingDeliveries sends each exactly once; a second replay
 * sends nothing. The in-process worker runs throughout, so "nothing sent" is observed, not assumed.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../db/client';
import { auditLog, deliveries, deliveryQueue, webhooks } from '../../db/schema';
import { startEmbeddedWorker, type EmbeddedWorker } from '../../lib/delivery/embedded-worker';
import { closeIdleConnections } from '../../lib/delivery/transport';
import { createLead } from '../../lib/leads/create-lead';
import { createWebhook } from '../../lib/webhooks/create-webhook';
import { countMissingDeliveries, replayMissingDeliveries } from '../../lib/webhooks/replay-missing';
import { setWebhookEnabled } from '../../lib/webhooks/update-webhook';
import { leadInput, makeDepartment, makeProgram } from '../factories';
import { startReceiver, type Receiver } from '../receiver';
import { actor, setEnv, sleep, waitFor } from './helpers';

let restoreEnv: () => void;
let receiver: Receiver;
let worker: EmbeddedWorker;
let gone = false;

beforeAll(async () => {
  restoreEnv = setEnv({ PUENTE_ALLOW_PRIVATE_WEBHOOKS: '1', PUENTE_ENGINE: 'embedded', PUENTE_HTTP_TIMEOUT_MS: '2000' });
  receiver = await startReceiver((r) => (gone && r.path === '/replay/main' ? { status: 410 } : { status: 200 }));
  worker = await startEmbeddedWorker({ connectionString: process.env.DATABASE_URL!, concurrency: 20, pollMs: 250 });
});
afterAll(async () => {
  await worker.stop();
  await receiver.close();
  closeIdleConnections();
  restoreEnv();
});

const leadRequests = (path: string) => receiver.requests.filter((r) => r.path === path && r.headers['x-github-event'] === 'lead.created');

async function setup() {
  receiver.requests.length = 0;
  const dep = await makeDepartment();
  const program = await makeProgram(dep.id);
  const main = await createWebhook(db, dep.id, { url: `${receiver.url}/replay/main`, events: ['lead.created'] }, actor);
  const control = await createWebhook(db, dep.id, { url: `${receiver.url}/replay/control`, events: ['lead.created'] }, actor);
  if (!main.ok || !control.ok) throw new Error('webhook not created');
  // The worker is running: the creation pings go out.
  expect(await waitFor(() => receiver.requests.filter((r) => r.headers['x-github-event'] === 'ping').length === 2, 10_000)).toBe(true);
  return { dep, program, main: main.webhook, control: control.webhook };
}

async function leads(programId: string, n: number) {
  const refs: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = await createLead(db, leadInput([programId]));
    if (!r.ok) throw new Error('lead not created');
    refs.push(r.reference);
  }
  return refs;
}

async function deliveriesOf(webhookId: string) {
  return db
    .select({ id: deliveries.id, status: deliveries.status, messageId: deliveries.messageId, lastError: deliveries.lastError, attempts: deliveries.attemptCount })
    .from(deliveries)
    .where(and(eq(deliveries.webhookId, webhookId), eq(deliveries.eventType, 'lead.created')));
}

describe('replay missing', () => {
  it('an inactive webhook: skipped, nothing sent, replayed exactly once after it is enabled', async () => {
    const { dep, program, main } = await setup();
    expect(await setWebhookEnabled(db, dep.id, main.id, false, actor)).toMatchObject({ ok: true });

    const refs = await leads(program.id, 5);
    // The control webhook gets them at once: the worker is live …
    expect(await waitFor(() => leadRequests('/replay/control').length === 5, 10_000)).toBe(true);
    // … but the inactive one gets skipped deliveries: no work-list row, nothing sent.
    let rows = await deliveriesOf(main.id);
    expect(rows).toHaveLength(5);
    for (const r of rows) {
      expect(r.status).toBe('skipped');
      expect(r.lastError).toMatch(/inactive/);
    }
    const queued = await db.select().from(deliveryQueue).where(inArray(deliveryQueue.deliveryId, rows.map((r) => r.id)));
    expect(queued).toHaveLength(0);
    expect(await replayMissingDeliveries(db, dep.id, main.id, actor)).toEqual({ ok: false, error: 'disabled' });

    // Enabling it does not send them by itself.
    expect(await setWebhookEnabled(db, dep.id, main.id, true, actor)).toMatchObject({ ok: true, resumed: 0 });
    await sleep(1_000);
    expect(leadRequests('/replay/main')).toHaveLength(0);
    expect((await countMissingDeliveries(db, main.id)).count).toBe(5);

    // Replay: each sent once, under its own webhook-id, and delivered.
    expect(await replayMissingDeliveries(db, dep.id, main.id, actor)).toEqual({ ok: true, count: 5 });
    expect(await waitFor(async () => (await deliveriesOf(main.id)).every((r) => r.status === 'delivered'), 10_000)).toBe(true);
    rows = await deliveriesOf(main.id);
    const sent = leadRequests('/replay/main');
    expect(sent.map((r) => r.headers['webhook-id']).sort()).toEqual(rows.map((r) => r.messageId).sort());
    expect(sent.map((r) => JSON.parse(r.body).data.lead.reference).sort()).toEqual([...refs].sort());
    expect(rows.every((r) => r.attempts === 1)).toBe(true);
    expect(await countMissingDeliveries(db, main.id)).toEqual({ count: 0, since: null });

    // A second replay finds nothing, and sends nothing.
    expect(await replayMissingDeliveries(db, dep.id, main.id, actor)).toEqual({ ok: true, count: 0 });
    await sleep(1_000);
    expect(leadRequests('/replay/main')).toHaveLength(5);
    expect(leadRequests('/replay/control')).toHaveLength(5);
    const audits = await db
      .select({ details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'webhook.replayed_missing'), eq(auditLog.targetId, main.id)));
    expect(audits.map((a) => a.details)).toEqual([{ deliveries: 5 }, { deliveries: 0 }]);
  }, 60_000);

  it('a webhook the engine disabled (410 Gone): skipped while disabled, replayed once; the failed one is not', async () => {
    const { dep, program, main } = await setup();
    gone = true;
    try {
      await leads(program.id, 1);
      // The engine disables the webhook on 410, as it does in production.
      expect(await waitFor(async () => (await db.select().from(webhooks).where(eq(webhooks.id, main.id)))[0]!.disabledAt !== null, 10_000)).toBe(
        true,
      );
    } finally {
      gone = false;
    }
    const failed = (await deliveriesOf(main.id)).filter((r) => r.status === 'failed');
    expect(failed).toHaveLength(1);

    await leads(program.id, 3);
    expect(await waitFor(() => leadRequests('/replay/control').length === 4, 10_000)).toBe(true);
    const skipped = (await deliveriesOf(main.id)).filter((r) => r.status === 'skipped');
    expect(skipped).toHaveLength(3);
    for (const r of skipped) expect(r.lastError).toMatch(/disabled/);
    expect(leadRequests('/replay/main')).toHaveLength(1); // only the 410

    expect(await setWebhookEnabled(db, dep.id, main.id, true, actor)).toMatchObject({ ok: true });
    expect(await replayMissingDeliveries(db, dep.id, main.id, actor)).toEqual({ ok: true, count: 3 });
    expect(await waitFor(async () => (await deliveriesOf(main.id)).filter((r) => r.status === 'delivered').length === 3, 10_000)).toBe(true);
    expect(await replayMissingDeliveries(db, dep.id, main.id, actor)).toEqual({ ok: true, count: 0 });
    await sleep(1_000);

    const sent = leadRequests('/replay/main');
    expect(sent).toHaveLength(4); // the 410, then each skipped one once
    const ids = sent.slice(1).map((r) => r.headers['webhook-id']);
    expect(new Set(ids).size).toBe(3);
    expect(ids.sort()).toEqual(skipped.map((r) => r.messageId).sort());
    // The failed delivery stays failed: replay missing is not a recover.
    const [f] = await db.execute<{ status: string }>(sql`select status::text from deliveries where id = ${failed[0]!.id}::uuid`);
    expect(f!.status).toBe('failed');
  }, 60_000);
});
