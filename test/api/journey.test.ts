/**
 * An integrator who only has a token: create a hook against a real receiver, get its ping,
 * send a test lead, break the receiver, find the failed delivery, fix the receiver, recover it
 * and see it delivered — with the real engine running, every answer checked against the
 * OpenAPI document, every body against its webhook schema.
 */
import { Ajv2020 } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { db } from '../../db/client';
import { leads, webhooks } from '../../db/schema';
import { createApiToken } from '../../lib/api/tokens';
import { openApiDocument } from '../../lib/api/v1/openapi';
import { startEmbeddedWorker } from '../../lib/delivery/embedded-worker';
import { invalidateSsrfOptions } from '../../lib/delivery/ssrf-policy';
import { resetEnvCache } from '../../lib/env';
import { makeDepartment, makeProgram } from '../factories';
import { startReceiver, type Receiver } from '../receiver';
import { api } from './client';

let receiver: Receiver;
let broken = false;
let worker: Awaited<ReturnType<typeof startEmbeddedWorker>>;

beforeAll(async () => {
  process.env.PUENTE_ALLOW_PRIVATE_WEBHOOKS = '1';
  delete process.env.PUENTE_ENGINE;
  resetEnvCache();
  invalidateSsrfOptions();
  receiver = await startReceiver(() => (broken ? { status: 500, body: 'down for maintenance' } : { status: 204 }));
  worker = await startEmbeddedWorker({ connectionString: process.env.DATABASE_URL!, concurrency: 5 });
});

afterAll(async () => {
  await worker.stop();
  await receiver.close();
});

async function eventually<T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean, ms = 10_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(v).slice(0, 300)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

it('drives a hook end to end with a token', async () => {
  const dep = await makeDepartment();
  await makeProgram(dep.id, { titleEs: 'Capital semilla', titleEn: 'Seed capital' });
  const { token } = await createApiToken(db, dep.id, { name: 'pipeline', scope: 'write', expiresIn: '30' }, { email: 'admin@example.com' });
  const base = `/departments/${dep.slug}`;

  const created = await api<{ id: string; ping_delivery_id: string; config: { secret: string } }>('POST', `${base}/hooks`, {
    token,
    body: { description: 'Dynamics', config: { url: `${receiver.url}/dynamics` } },
  });
  expect(created.status).toBe(201);
  const hook = created.body.id;
  const delivery = (id: string) => api<{ status: string; test: boolean; attempts_list: unknown[] }>('GET', `${base}/hooks/${hook}/deliveries/${id}`, { token });

  // The ping arrives and is delivered.
  await eventually('the ping', () => delivery(created.body.ping_delivery_id), (d) => d.body.status === 'delivered');
  expect(receiver.requests.find((r) => r.headers['x-puente-event'] === 'ping')).toBeDefined();

  // A test lead: marked in headers and body, valid against the published schema, stored nowhere.
  const leadsBefore = await db.$count(leads);
  const sent = await api<{ delivery_id: string }>('POST', `${base}/hooks/${hook}/test`, { token });
  expect(sent.status).toBe(202);
  const testDelivery = await eventually('the test lead', () => delivery(sent.body.delivery_id), (d) => d.body.status === 'delivered');
  expect(testDelivery.body.test).toBe(true);
  const req = receiver.requests.find((r) => r.headers['x-puente-event'] === 'lead.created')!;
  expect(req.headers['x-puente-test']).toBe('true');
  const envelope = JSON.parse(req.body) as { test?: boolean; data: { lead: { name: string }; programs: { title: { en: string } }[] } };
  expect(envelope.test).toBe(true);
  expect(envelope.data.programs[0]!.title.en).toBe('Seed capital');
  const ajv = new Ajv2020({ strict: false });
  addFormats(ajv);
  ajv.addSchema(openApiDocument() as object, 'openapi');
  expect(ajv.getSchema('openapi#/webhooks/lead.created/post/requestBody/content/application~1json/schema')!(envelope)).toBe(true);
  expect(await db.$count(leads)).toBe(leadsBefore);

  // The receiver breaks; a redelivery of the test lead fails for good (a one-off attempt).
  broken = true;
  expect((await api('POST', `${base}/hooks/${hook}/deliveries/${sent.body.delivery_id}/attempts`, { token })).status).toBe(202);
  await eventually('the failure', () => delivery(sent.body.delivery_id), (d) => d.body.status === 'failed');
  const failed = await api<{ id: string }[]>('GET', `${base}/hooks/${hook}/deliveries?status=failed`, { token });
  expect(failed.body.map((d) => d.id)).toEqual([sent.body.delivery_id]);

  // Fixed: recover everything that failed in the last hour.
  broken = false;
  const recovered = await api<{ queued: number }>('POST', `${base}/hooks/${hook}/recover`, { token, body: { since: new Date(Date.now() - 3600_000).toISOString() } });
  expect(recovered.body.queued).toBe(1);
  const done = await eventually('the recovery', () => delivery(sent.body.delivery_id), (d) => d.body.status === 'delivered');
  expect(done.body.attempts_list).toHaveLength(3);
  expect((await api<{ id: string }[]>('GET', `${base}/hooks/${hook}/deliveries?status=failed`, { token })).body).toEqual([]);

  // Not subscribed to lead.created: a test lead is refused with a reason.
  await db.update(webhooks).set({ events: ['ping'] }).where(eq(webhooks.id, hook));
  expect((await api('POST', `${base}/hooks/${hook}/test`, { token })).status).toBe(422);
});
