/**
 * REST API v1 against a real database, every answer checked against the OpenAPI document by
 * test/api/client.ts: each endpoint's success, bad input (problem+json with field pointers),
 * missing/malformed/unknown/revoked/expired tokens (401), a read token on a write (403),
 * another department's token or ids (404, word for word the answer for a missing id), the
 * per-token rate limit (429 + Retry-After) and idempotent replays.
 */
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../db/client';
import { apiTokens, auditLog, deliveries, webhooks } from '../../db/schema';
import { createApiToken } from '../../lib/api/tokens';
import { createLead } from '../../lib/leads/create-lead';
import { hashKey } from '../../lib/rate-limit';
import { leadInput, makeDepartment, makeProgram } from '../factories';
import { startReceiver, type Receiver } from '../receiver';
import { api } from './client';

process.env.PUENTE_ALLOW_PRIVATE_WEBHOOKS = '1';

type Hook = { id: string; config: { url: string; secret: string; custom_headers: Record<string, string> }; description: string; ping_delivery_id?: string; url: string };

const actor = { email: 'setup@example.com' };
let receiver: Receiver;
let a: { id: string; slug: string; programId: string };
let b: { id: string; slug: string };
const t = { write: '', read: '', other: '', revoked: '', expired: '' };

beforeAll(async () => {
  receiver = await startReceiver();
  const depA = await makeDepartment();
  const depB = await makeDepartment();
  const prog = await makeProgram(depA.id);
  a = { id: depA.id, slug: depA.slug, programId: prog.id };
  b = { id: depB.id, slug: depB.slug };
  t.write = (await createApiToken(db, a.id, { name: 'CI', scope: 'write', expiresIn: '30' }, actor)).token;
  t.read = (await createApiToken(db, a.id, { name: 'Reports', scope: 'read', expiresIn: 'never' }, actor)).token;
  t.other = (await createApiToken(db, b.id, { name: 'B', scope: 'write', expiresIn: '30' }, actor)).token;
  const revoked = await createApiToken(db, a.id, { name: 'Old', scope: 'write', expiresIn: '30' }, actor);
  await db.update(apiTokens).set({ revokedAt: new Date() }).where(eq(apiTokens.id, revoked.view.id));
  t.revoked = revoked.token;
  const expired = await createApiToken(db, a.id, { name: 'Short', scope: 'write', expiresIn: '7' }, actor, new Date(Date.now() - 8 * 86_400_000));
  t.expired = expired.token;
});

afterAll(async () => {
  await receiver.close();
});

const hooksPath = () => `/departments/${a.slug}/hooks`;

async function createHook(body: Record<string, unknown> = {}): Promise<Hook> {
  const r = await api<Hook>('POST', hooksPath(), { token: t.write, body: { config: { url: `${receiver.url}/in` }, ...body } });
  expect(r.status, r.text).toBe(201);
  return r.body;
}

describe('tokens', () => {
  it('answers 401 with WWW-Authenticate for a missing, malformed, unknown, revoked or expired token, on reads and writes', async () => {
    const cases: [string | null, RegExp][] = [
      [null, /Send an API token/],
      ['not-a-token', /is not "Bearer pnt_/],
      [`pnt_${'x'.repeat(43)}`, /not valid/],
      [t.revoked, /revoked/],
      [t.expired, /expired/],
    ];
    for (const [token, detail] of cases) {
      for (const [method, body] of [['GET', undefined], ['POST', { config: { url: `${receiver.url}/x` } }]] as const) {
        const r = await api<{ detail: string }>(method, hooksPath(), { token, body });
        expect(r.status).toBe(401);
        expect(r.body.detail).toMatch(detail);
        expect(r.headers.get('www-authenticate')).toMatch(/^Bearer/);
      }
    }
    expect(await db.$count(webhooks, eq(webhooks.departmentId, a.id))).toBe(0);
  });

  it('refuses a read token on every write (403) and writes nothing', async () => {
    const hook = await createHook();
    const before = await db.$count(webhooks, eq(webhooks.departmentId, a.id));
    const base = `${hooksPath()}/${hook.id}`;
    const writes: [Parameters<typeof api>[0], string, unknown][] = [
      ['POST', hooksPath(), { config: { url: `${receiver.url}/y` } }],
      ['PATCH', base, { description: 'no' }],
      ['DELETE', base, undefined],
      ['POST', `${base}/pings`, undefined],
      ['POST', `${base}/recover`, { since: new Date(Date.now() - 3600_000).toISOString() }],
      ['POST', `${base}/deliveries/${hook.ping_delivery_id}/attempts`, undefined],
    ];
    for (const [method, path, body] of writes) {
      const r = await api<{ detail: string }>(method, path, { token: t.read, body });
      expect(r.status, `${method} ${path}`).toBe(403);
      expect(r.body.detail).toMatch(/read-only/);
    }
    expect(await db.$count(webhooks, eq(webhooks.departmentId, a.id))).toBe(before);
    expect((await api<Hook>('GET', base, { token: t.read })).body.description).toBe('');
  });

  it("answers another department's token, or A's token with B's ids, exactly like a missing one", async () => {
    const hook = await createHook();
    const bHook = await api<Hook>('POST', `/departments/${b.slug}/hooks`, { token: t.other, body: { config: { url: `${receiver.url}/b` } } });
    expect(bHook.status).toBe(201);
    const wrongDept = await api('GET', `${hooksPath()}/${hook.id}`, { token: t.other });
    const noDept = await api('GET', `/departments/no-such-dept/hooks/${hook.id}`, { token: t.other });
    expect(wrongDept.status).toBe(404);
    expect(wrongDept.text).toBe(noDept.text);
    const foreignId = await api('GET', `${hooksPath()}/${bHook.body.id}`, { token: t.write });
    const missingId = await api('GET', `${hooksPath()}/00000000-0000-4000-8000-000000000000`, { token: t.write });
    const malformedId = await api('GET', `${hooksPath()}/not-a-uuid`, { token: t.write });
    expect(foreignId.status).toBe(404);
    expect(foreignId.text).toBe(missingId.text);
    expect(malformedId.text).toBe(missingId.text);
    expect(foreignId.text).not.toContain(b.slug);
    for (const path of ['', '/config', '/deliveries', `/deliveries/${bHook.body.ping_delivery_id}`, `/deliveries/${bHook.body.ping_delivery_id}/attempts`]) {
      expect((await api('GET', `${hooksPath()}/${bHook.body.id}${path}`, { token: t.write })).status, path).toBe(404);
    }
    expect((await api('DELETE', `${hooksPath()}/${bHook.body.id}`, { token: t.write })).status).toBe(404);
    expect((await api('POST', `${hooksPath()}/${bHook.body.id}/pings`, { token: t.write })).status).toBe(404);
    expect(await db.$count(webhooks, eq(webhooks.id, bHook.body.id))).toBe(1);
    // A's own hook with B's delivery id.
    expect((await api('GET', `${hooksPath()}/${hook.id}/deliveries/${bHook.body.ping_delivery_id}`, { token: t.write })).status).toBe(404);
    expect((await api('POST', `${hooksPath()}/${hook.id}/deliveries/${bHook.body.ping_delivery_id}/attempts`, { token: t.write })).status).toBe(404);
  });

  it('stamps the last use and names the token in the audit log', async () => {
    const hook = await createHook({ description: 'audited' });
    const [row] = await db.select().from(apiTokens).where(eq(apiTokens.name, 'CI'));
    expect(row!.lastUsedAt).not.toBeNull();
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.action, 'webhook.created'), eq(auditLog.targetId, hook.id)));
    expect(entry!.actorEmail).toMatch(/^api:pnt_.{6}… \(CI\)$/);
    expect(entry!.actorEmail).not.toContain(t.write);
  });
});

describe('hooks', () => {
  it('creates (201, Location, the full secret once, a ping), lists, gets, reads the config, updates and deletes', async () => {
    const created = await createHook({ description: 'CRM', config: { url: `${receiver.url}/crm`, custom_headers: { 'X-Api-Key': 'k-123', 'X-Env': 'prod' } } });
    expect(created.config.secret).toMatch(/^whsec_[A-Za-z0-9+/=]{32,}$/);
    expect(created.config.custom_headers).toEqual({ 'X-Api-Key': '••••', 'X-Env': '••••' });
    expect(created.ping_delivery_id).toMatch(/^[0-9a-f-]{36}$/);
    const list = await api<Hook[]>('GET', hooksPath(), { token: t.read });
    expect(list.body.map((h) => h.id)).toContain(created.id);
    const got = await api<Hook>('GET', `${hooksPath()}/${created.id}`, { token: t.read });
    expect(got.body.config.secret).not.toBe(created.config.secret);
    expect(got.body.config.secret).toMatch(/…/);
    expect(JSON.stringify(got.body)).not.toContain('k-123');
    const config = await api<Hook['config']>('GET', `${hooksPath()}/${created.id}/config`, { token: t.read });
    expect(config.body.url).toBe(`${receiver.url}/crm`);

    // Merge-patch headers: set one, remove one, keep the other's stored value.
    const patched = await api<Hook>('PATCH', `${hooksPath()}/${created.id}`, {
      token: t.write,
      body: { description: 'CRM v2', config: { custom_headers: { 'X-Env': null, 'X-Region': 'east' } } },
    });
    expect(patched.status, patched.text).toBe(200);
    expect(patched.body.description).toBe('CRM v2');
    expect(Object.keys(patched.body.config.custom_headers).sort()).toEqual(['X-Api-Key', 'X-Region']);
    expect(patched.body.config.url).toBe(`${receiver.url}/crm`);

    expect((await api('DELETE', `${hooksPath()}/${created.id}`, { token: t.write })).status).toBe(204);
    expect((await api('GET', `${hooksPath()}/${created.id}`, { token: t.write })).status).toBe(404);
  });

  it('answers bad input with a problem naming each field', async () => {
    const noUrl = await api<{ errors: { pointer: string }[] }>('POST', hooksPath(), { token: t.write, body: { description: 'x' } });
    expect(noUrl.status).toBe(422);
    expect(noUrl.body.errors.map((e) => e.pointer)).toContain('/config');
    const unknown = await api<{ errors: { pointer: string }[] }>('POST', hooksPath(), { token: t.write, body: { config: { url: `${receiver.url}/z` }, colour: 'red' } });
    expect(unknown.status).toBe(422);
    const ssrf = await api<{ errors: { pointer: string; detail: string }[] }>('POST', hooksPath(), { token: t.write, body: { config: { url: 'http://169.254.169.254/latest' } } });
    expect(ssrf.status).toBe(422);
    expect(ssrf.body.errors[0]!.pointer).toBe('/config/url');
    const badEvent = await api<{ errors: { pointer: string }[] }>('POST', hooksPath(), { token: t.write, body: { events: ['lead.deleted'], config: { url: `${receiver.url}/z` } } });
    expect(badEvent.body.errors[0]!.pointer).toBe('/events/0');
    const badSecret = await api<{ errors: { pointer: string }[] }>('POST', hooksPath(), { token: t.write, body: { config: { url: `${receiver.url}/z`, secret: 'hunter2' } } });
    expect(badSecret.status).toBe(422);
    expect(badSecret.body.errors[0]!.pointer).toBe('/config/secret');
    // The English dashboard's words, not a bare key.
    expect((badSecret.body.errors[0] as unknown as { detail: string }).detail).toMatch(/^The secret must be whsec_/);
    expect(ssrf.body.errors[0]!.detail).toMatch(/169\.254\.169\.254/);
    expect((await api('POST', hooksPath(), { token: t.write, rawBody: '{"config":', headers: { 'content-type': 'application/json' } })).status).toBe(400);
    expect((await api('POST', hooksPath(), { token: t.write, rawBody: 'url=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status).toBe(415);
    expect((await api('POST', hooksPath(), { token: t.write, rawBody: JSON.stringify({ description: 'x'.repeat(70_000), config: { url: 'https://x.example' } }), headers: { 'content-type': 'application/json' } })).status).toBe(413);
    const patchBad = await api('PATCH', `${hooksPath()}/${(await createHook()).id}`, { token: t.write, body: { config: { max_in_flight: 0 } } });
    expect(patchBad.status).toBe(422);
  });

  it('sends a ping on demand', async () => {
    const hook = await createHook();
    const r = await api<{ delivery_id: string }>('POST', `${hooksPath()}/${hook.id}/pings`, { token: t.write });
    expect(r.status).toBe(202);
    const [d] = await db.select().from(deliveries).where(eq(deliveries.id, r.body.delivery_id));
    expect(d).toMatchObject({ webhookId: hook.id, eventType: 'ping' });
  });
});

describe('deliveries, leads and event types', () => {
  let hook: Hook;
  let leadDeliveryIds: string[] = [];

  beforeAll(async () => {
    hook = await createHook({ events: ['*'] });
    leadDeliveryIds = [];
    for (const name of ['Ana Uno', 'Beto Dos']) {
      const lead = await createLead(db, leadInput([a.programId], { name, email: `${name.split(' ')[0]!.toLowerCase()}@example.com` }));
      if (!lead.ok) throw new Error('lead');
      leadDeliveryIds.push(...lead.deliveries.filter((d) => d.webhookId === hook.id).map((d) => d.id));
    }
  });

  it('pages deliveries newest first with a Link header, filters like the dashboard, and refuses bad filters by name', async () => {
    const first = await api<{ id: string; event: string }[]>('GET', `${hooksPath()}/${hook.id}/deliveries?per_page=2`, { token: t.read });
    expect(first.status).toBe(200);
    expect(first.body).toHaveLength(2);
    const link = first.headers.get('link')!;
    expect(link).toMatch(/rel="next"$/);
    const next = new URL(/<([^>]+)>/.exec(link)![1]!);
    const second = await api<{ id: string }[]>('GET', `${next.pathname.replace('/api/v1', '')}${next.search}`, { token: t.read });
    expect(second.body.length).toBeGreaterThan(0);
    expect(second.body.map((d) => d.id)).not.toContain(first.body[0]!.id);
    const leadsOnly = await api<{ event: string }[]>('GET', `${hooksPath()}/${hook.id}/deliveries?event=lead.created`, { token: t.read });
    expect(leadsOnly.body.map((d) => d.event)).toEqual(['lead.created', 'lead.created']);
    const bad = await api<{ errors: { pointer: string }[] }>('GET', `${hooksPath()}/${hook.id}/deliveries?status=lost&per_page=500&from=yesterday`, { token: t.read });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e) => e.pointer).sort()).toEqual(['?from', '?per_page', '?status']);
  });

  it('shows one delivery with its attempts, redelivers it (202) and recovers failed ones since a time', async () => {
    const id = leadDeliveryIds[0]!;
    const got = await api<{ id: string; attempts_list: unknown[]; webhook_id_header: string }>('GET', `${hooksPath()}/${hook.id}/deliveries/${id}`, { token: t.read });
    expect(got.status).toBe(200);
    expect(got.body.webhook_id_header).toMatch(/^msg_/);
    expect((await api<unknown[]>('GET', `${hooksPath()}/${hook.id}/deliveries/${id}/attempts`, { token: t.read })).body).toEqual([]);

    await db.update(deliveries).set({ status: 'failed', nextAttemptAt: null, attemptCount: 8 }).where(eq(deliveries.id, id));
    const again = await api<{ delivery_id: string }>('POST', `${hooksPath()}/${hook.id}/deliveries/${id}/attempts`, { token: t.write });
    expect(again.status).toBe(202);
    expect((await db.select().from(deliveries).where(eq(deliveries.id, id)))[0]!.status).toBe('retrying');

    await db.update(deliveries).set({ status: 'failed', nextAttemptAt: null }).where(eq(deliveries.webhookId, hook.id));
    const recovered = await api<{ queued: number }>('POST', `${hooksPath()}/${hook.id}/recover`, { token: t.write, body: { since: new Date(Date.now() - 3600_000).toISOString() } });
    expect(recovered.status).toBe(202);
    expect(recovered.body.queued).toBeGreaterThanOrEqual(2);
    const tooOld = await api<{ errors: { pointer: string }[] }>('POST', `${hooksPath()}/${hook.id}/recover`, { token: t.write, body: { since: '2020-01-01T00:00:00Z' } });
    expect(tooOld.status).toBe(422);
    expect(tooOld.body.errors[0]!.pointer).toBe('/since');
    expect((await api('POST', `${hooksPath()}/${hook.id}/recover`, { token: t.write, body: { since: 'yesterday' } })).status).toBe(422);
  });

  it('lists leads with search and a cursor, and the event types', async () => {
    const page = await api<{ name: string; programs: { id: string }[] }[]>('GET', `/departments/${a.slug}/leads?per_page=1`, { token: t.read });
    expect(page.body).toHaveLength(1);
    expect(page.headers.get('link')).toMatch(/cursor=/);
    const found = await api<{ name: string }[]>('GET', `/departments/${a.slug}/leads?q=Beto`, { token: t.read });
    expect(found.body.map((l) => l.name)).toEqual(['Beto Dos']);
    expect((await api('GET', `/departments/${a.slug}/leads?cursor=garbage`, { token: t.read })).status).toBe(400);
    const types = await api<{ name: string }[]>('GET', `/departments/${a.slug}/event-types`, { token: t.read });
    expect(types.body.map((e) => e.name)).toEqual(['lead.created', 'ping']);
    // B's token never sees A's leads.
    expect((await api('GET', `/departments/${a.slug}/leads`, { token: t.other })).status).toBe(404);
  });
});

describe('limits and retries', () => {
  it('answers 429 with Retry-After once a token used up its minute, and says how many are left before', async () => {
    const ok = await api('GET', `/departments/${a.slug}/event-types`, { token: t.read });
    const limit = Number(ok.headers.get('x-ratelimit-limit'));
    expect(limit).toBeGreaterThan(0);
    expect(Number(ok.headers.get('x-ratelimit-remaining'))).toBeLessThan(limit);
    const [row] = await db.select().from(apiTokens).where(eq(apiTokens.name, 'Reports'));
    const windowStart = new Date(Math.floor(Date.now() / 60_000) * 60_000);
    await db.execute(sql`update rate_limits set count = ${limit} where key = ${hashKey('api', row!.id)} and window_start = ${windowStart.toISOString()}`);
    const refused = await api<{ detail: string }>('GET', `/departments/${a.slug}/event-types`, { token: t.read });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
    // Another token is not affected.
    expect((await api('GET', `/departments/${a.slug}/event-types`, { token: t.write })).status).toBe(200);
  });

  it('replays a POST with the same Idempotency-Key, refuses the key with another body, and creates once', async () => {
    const key = `create-${Date.now()}`;
    const body = { description: 'idempotent', config: { url: `${receiver.url}/idem` } };
    const first = await api<Hook>('POST', hooksPath(), { token: t.write, body, headers: { 'idempotency-key': key } });
    const second = await api<Hook>('POST', hooksPath(), { token: t.write, body, headers: { 'idempotency-key': key } });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.body.id).toBe(first.body.id);
    expect(await db.$count(webhooks, and(eq(webhooks.departmentId, a.id), eq(webhooks.description, 'idempotent')))).toBe(1);
    const other = await api('POST', hooksPath(), { token: t.write, body: { ...body, description: 'other' }, headers: { 'idempotency-key': key } });
    expect(other.status).toBe(422);
    // The key is the token's: another token may use the same one.
    const bSide = await api('POST', `/departments/${b.slug}/hooks`, { token: t.other, body, headers: { 'idempotency-key': key } });
    expect(bSide.status).toBe(201);
    expect((await api('POST', hooksPath(), { token: t.write, body, headers: { 'idempotency-key': 'bad key with spaces' } })).status).toBe(400);

    const pingKey = `ping-${Date.now()}`;
    const p1 = await api<{ delivery_id: string }>('POST', `${hooksPath()}/${first.body.id}/pings`, { token: t.write, headers: { 'idempotency-key': pingKey } });
    const p2 = await api<{ delivery_id: string }>('POST', `${hooksPath()}/${first.body.id}/pings`, { token: t.write, headers: { 'idempotency-key': pingKey } });
    expect(p2.body.delivery_id).toBe(p1.body.delivery_id);
    expect(await db.$count(deliveries, and(eq(deliveries.webhookId, first.body.id), eq(deliveries.eventType, 'ping')))).toBe(2); // creation + one ping
  });
});
