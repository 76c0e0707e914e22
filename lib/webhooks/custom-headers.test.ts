/**
 * Credential-like custom headers (issue 10, item 5) on every path, on a real database with a
 * real receiver on loopback: encrypted in the webhooks table, sent in clear, redacted in the
 * stored attempt (request and response) and in what the delivery log reads, kept across an
 * edit that leaves them masked, revealed to an admin only with an audit entry, and sealed at
 * start-up when an older row still holds them in clear.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db, rawSql } from '../../db/client';
import { MIGRATIONS_DIR } from '../../db/migrate';
import { auditLog, deliveries, deliveryAttempts, webhooks } from '../../db/schema';
import { leadInput, makeDepartment, makeProgram } from '../../test/factories';
import { startReceiver, type Receiver } from '../../test/receiver';
import { attemptDelivery } from '../delivery/attempt-delivery';
import { deliveryDetailForViewer } from '../delivery/delivery-detail';
import { invalidateSsrfOptions } from '../delivery/ssrf-policy';
import { resetEnvCache } from '../env';
import { createLead } from '../leads/create-lead';
import { createWebhook } from './create-webhook';
import { isSealed, openCustomHeaders, revealCustomHeader, sealStoredCustomHeaders } from './custom-headers';
import { REDACTED } from './sensitive-headers';
import { updateWebhook } from './update-webhook';

const actor = { email: 'admin@example.gov' };
const KEY = 'fn-key-4b9d2e71c0';
const SUB = 'apim-sub-88f1aa';
let receiver: Receiver;

beforeAll(async () => {
  process.env.PUENTE_ALLOW_PRIVATE_WEBHOOKS = '1';
  process.env.PUENTE_ENGINE = 'off';
  resetEnvCache();
  invalidateSsrfOptions();
  receiver = await startReceiver(() => ({ status: 200, headers: { 'Set-Cookie': 'sid=crm-session-77', 'X-Request-Id': 'req-1' }, body: 'ok' }));
});
afterAll(async () => {
  await receiver.close();
});
beforeEach(async () => {
  await rawSql()`truncate leads, events, deliveries, webhooks, programs, departments cascade`;
  receiver.requests.length = 0;
});

async function setup() {
  const dep = await makeDepartment({ slug: `ch-${Math.random().toString(36).slice(2, 7)}` });
  const program = await makeProgram(dep.id);
  const created = await createWebhook(
    db,
    dep.id,
    { url: `${receiver.url}/hook`, events: ['lead.created'], customHeaders: { 'X-Functions-Key': KEY, 'X-Api-Version': '2' } },
    actor,
  );
  if (!created.ok) throw new Error(JSON.stringify(created.fieldErrors));
  await db.delete(deliveries).where(eq(deliveries.id, created.pingDeliveryId));
  return { dep, program, webhook: created.webhook };
}

async function deliverOneLead(programId: string) {
  const lead = await createLead(db, leadInput([programId]));
  if (!lead.ok) throw new Error('lead');
  const id = lead.deliveries[0]!.id;
  await attemptDelivery(id);
  return id;
}

const storedHeaders = async (webhookId: string) =>
  (await rawSql()<{ h: string }[]>`select custom_headers::text as h from webhooks where id = ${webhookId}`)[0]!.h;

describe('custom headers that look like credentials', () => {
  it('are encrypted in the webhooks table, sent in clear, and redacted in the stored attempt and the delivery log', async () => {
    const { dep, program, webhook } = await setup();
    const raw = await storedHeaders(webhook.id);
    expect(raw).not.toContain(KEY);
    expect(raw).toContain('"X-Api-Version": "2"');
    const [row] = await db.select({ h: webhooks.customHeaders }).from(webhooks).where(eq(webhooks.id, webhook.id));
    expect(isSealed(row!.h['X-Functions-Key']!)).toBe(true);

    const deliveryId = await deliverOneLead(program.id);
    const sent = receiver.requests[0]!;
    expect(sent.headers['x-functions-key']).toBe(KEY);
    expect(sent.headers['x-api-version']).toBe('2');

    const [attempt] = await db.select().from(deliveryAttempts).where(eq(deliveryAttempts.deliveryId, deliveryId));
    expect(JSON.stringify(attempt)).not.toContain(KEY);
    expect(JSON.stringify(attempt)).not.toContain('crm-session-77');
    expect(attempt!.requestHeaders['X-Functions-Key']).toBe(REDACTED);
    expect(attempt!.requestHeaders['X-Api-Version']).toBe('2');
    expect(attempt!.requestHeaders['webhook-signature']).toMatch(/^v1,/);
    expect(attempt!.responseHeaders!['set-cookie']).toBe(REDACTED);
    expect(attempt!.responseHeaders!['x-request-id']).toBe('req-1');

    const detail = await deliveryDetailForViewer(db, dep.id, deliveryId);
    expect(detail!.selected!.requestHeaders['X-Functions-Key']).toBe(REDACTED);
    expect(JSON.stringify(detail)).not.toContain(KEY);
  });

  it('are redacted by the delivery log even in an attempt stored before the rule covered them', async () => {
    const { dep, program } = await setup();
    const deliveryId = await deliverOneLead(program.id);
    await rawSql()`update delivery_attempts set request_headers = request_headers || ${JSON.stringify({ 'Ocp-Apim-Subscription-Key': SUB })}::jsonb
                    where delivery_id = ${deliveryId}`;
    const detail = await deliveryDetailForViewer(db, dep.id, deliveryId);
    expect(detail!.selected!.requestHeaders['Ocp-Apim-Subscription-Key']).toBe(REDACTED);
    expect(JSON.stringify(detail)).not.toContain(SUB);
  });

  it('are redacted at rest in older attempts by migration 0008', async () => {
    const { program } = await setup();
    const deliveryId = await deliverOneLead(program.id);
    await rawSql()`update delivery_attempts
                      set request_headers = request_headers || ${JSON.stringify({ 'Ocp-Apim-Subscription-Key': SUB, 'X-Team': 'ventas' })}::jsonb,
                          response_headers = ${JSON.stringify({ 'set-cookie': 'sid=legacy', 'www-authenticate': 'Bearer error="invalid_token"' })}::jsonb
                    where delivery_id = ${deliveryId}`;
    const migration = readFileSync(path.join(MIGRATIONS_DIR, '0008_redact_attempt_headers.sql'), 'utf8');
    // One session: the migration's helper function lives in pg_temp, as under the migrator.
    await rawSql().begin(async (tx) => {
      for (const statement of migration.split('--> statement-breakpoint')) await tx.unsafe(statement);
    });
    const [attempt] = await db.select().from(deliveryAttempts).where(eq(deliveryAttempts.deliveryId, deliveryId));
    expect(attempt!.requestHeaders['Ocp-Apim-Subscription-Key']).toBe(REDACTED);
    expect(attempt!.requestHeaders['X-Team']).toBe('ventas');
    expect(attempt!.requestHeaders['webhook-signature']).toMatch(/^v1,/);
    expect(attempt!.responseHeaders).toEqual({ 'set-cookie': REDACTED, 'www-authenticate': 'Bearer error="invalid_token"' });
  });

  it('keep their value through an edit that leaves them masked, and a new value replaces it', async () => {
    const { dep, program, webhook } = await setup();
    const [row] = await db.select({ h: webhooks.customHeaders }).from(webhooks).where(eq(webhooks.id, webhook.id));
    // What the edit action does with a kept row: the stored value, opened.
    const kept = openCustomHeaders(row!.h);
    const r = await updateWebhook(db, dep.id, webhook.id, { url: `${receiver.url}/hook`, events: ['lead.created'], customHeaders: kept }, actor);
    expect(r.ok).toBe(true);
    expect(await storedHeaders(webhook.id)).not.toContain(KEY);
    await deliverOneLead(program.id);
    expect(receiver.requests.at(-1)!.headers['x-functions-key']).toBe(KEY);

    await updateWebhook(db, dep.id, webhook.id, { url: `${receiver.url}/hook`, events: ['lead.created'], customHeaders: { 'X-Functions-Key': 'rotated-key' } }, actor);
    await deliverOneLead(program.id);
    expect(receiver.requests.at(-1)!.headers['x-functions-key']).toBe('rotated-key');
  });

  it('are revealed to an admin with an audit entry naming the header, never its value; another department gets nothing', async () => {
    const { dep, webhook } = await setup();
    const other = await makeDepartment({ slug: `ch-other-${Math.random().toString(36).slice(2, 7)}` });
    const revealed = await revealCustomHeader(db, dep.id, webhook.id, 'x-functions-key', actor);
    expect(revealed).toEqual({ ok: true, value: KEY });
    const entries = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'webhook.header_revealed'), eq(auditLog.targetId, webhook.id)));
    expect(entries).toHaveLength(1);
    expect(entries[0]!.details).toEqual({ header: 'X-Functions-Key' });
    expect(JSON.stringify(entries[0])).not.toContain(KEY);

    expect(await revealCustomHeader(db, other.id, webhook.id, 'X-Functions-Key', actor)).toEqual({ ok: false, error: 'notFound' });
    expect(await revealCustomHeader(db, dep.id, webhook.id, 'X-Missing', actor)).toEqual({ ok: false, error: 'notFound' });
  });

  it('stored in clear by an older version are sealed at start-up, once, and still sent', async () => {
    const { program, webhook } = await setup();
    await rawSql()`update webhooks set custom_headers = ${JSON.stringify({ 'Ocp-Apim-Subscription-Key': SUB, 'X-Team': 'ventas' })}::jsonb where id = ${webhook.id}`;
    expect(await sealStoredCustomHeaders(db)).toBe(1);
    expect(await sealStoredCustomHeaders(db)).toBe(0);
    const raw = await storedHeaders(webhook.id);
    expect(raw).not.toContain(SUB);
    expect(raw).toContain('ventas');
    await deliverOneLead(program.id);
    expect(receiver.requests.at(-1)!.headers['ocp-apim-subscription-key']).toBe(SUB);
  });
});
