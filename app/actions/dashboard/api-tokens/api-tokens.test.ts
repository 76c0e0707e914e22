/**
 * The API token actions and "Send test lead", called as the dashboard's forms call them, on the
 * real database: a token is answered once in full and stored only as its hash; revoking stops
 * it at once; staff are refused; another department's ids answer "not found" and change
 * nothing; refusals speak the viewer's language.
 */
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, rawSql } from '@/db/client';
import { apiTokens, deliveries } from '@/db/schema';
import { authenticateApiToken, createApiToken, listApiTokens } from '@/lib/api/tokens';
import { loadViewer, type Viewer } from '@/lib/auth/viewer';
import { markServedByPuenteServer } from '@/lib/client-ip';
import { resetEnvCache } from '@/lib/env';
import { makeDepartment, makeWebhookRow } from '@/test/factories';
import { auditEntries, makeMember } from '@/test/users';
import { sendTestLeadAction } from '../webhooks/send-test-lead';
import { createApiTokenAction } from './create-api-token';
import { revokeApiTokenAction } from './revoke-api-token';

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock('@/lib/auth/session', () => ({ getViewer: async () => session.viewer }));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-puente-client-ip': '203.0.113.9' }) }));

beforeAll(() => {
  markServedByPuenteServer();
  process.env.PUENTE_ENGINE = 'off';
  resetEnvCache();
});
beforeEach(() => {
  session.viewer = null;
});

function fd(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
}

const IDLE = { status: 'idle' } as const;

async function setup() {
  const a = await makeDepartment();
  const b = await makeDepartment();
  const admin = await makeMember(a.id, 'admin');
  const adminEn = await makeMember(a.id, 'admin', { locale: 'en' });
  const staff = await makeMember(a.id, 'staff');
  const adminB = await makeMember(b.id, 'admin');
  const as = async (u: { id: string }) => {
    session.viewer = await loadViewer(db, u.id);
  };
  return { a, b, admin, adminEn, staff, adminB, as };
}

const create = (dept: string, fields: Record<string, string> = {}) =>
  createApiTokenAction(IDLE, fd({ dept, name: 'Despliegue CRM', scope: 'write', expiresIn: '30', ...fields }));
const revoke = (dept: string, tokenId: string) => revokeApiTokenAction(IDLE, fd({ dept, tokenId }));

describe('creating a token', () => {
  it('answers the whole token once and stores only its hash; the list shows its prefix, never the token', async () => {
    const { a, admin, as } = await setup();
    await as(admin);
    const before = Date.now();
    const r = await create(a.slug);
    expect(r).toMatchObject({ status: 'ok', message: 'Token creado. Cópielo ahora: no se volverá a mostrar.', data: { name: 'Despliegue CRM', scope: 'write' } });
    if (r.status !== 'ok' || !r.data) throw new Error('no token');
    const { token, id, expiresAt } = r.data;
    expect(token).toMatch(/^pnt_[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(expiresAt!) - before).toBeGreaterThanOrEqual(30 * 86_400_000 - 1_000);
    expect(Date.parse(expiresAt!) - before).toBeLessThan(30 * 86_400_000 + 60_000);

    const [row] = await db.select().from(apiTokens).where(eq(apiTokens.id, id));
    expect(row).toMatchObject({ departmentId: a.id, scope: 'write', createdBy: admin.id, tokenHash: createHash('sha256').update(token).digest('hex'), prefix: token.slice(0, 10) });
    // Nothing stored holds the token itself: not the row, not the audit entry.
    expect(JSON.stringify(row)).not.toContain(token.slice(4));
    const entries = await auditEntries('api_token.created', id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ departmentId: a.id, actorUserId: admin.id, actorIp: '203.0.113.9' });
    expect(JSON.stringify(entries[0])).not.toContain(token.slice(4));

    const list = await listApiTokens(db, a.id);
    expect(list.map((t) => [t.id, t.prefix, t.createdByEmail, t.lastUsedAt])).toEqual([[id, token.slice(0, 10), admin.email, null]]);
    expect(JSON.stringify(list)).not.toContain(token.slice(4));

    // It works, as the department's, and its use is stamped.
    const check = await authenticateApiToken(db, `Bearer ${token}`);
    expect(check).toMatchObject({ ok: true, token: { id, scope: 'write', department: { id: a.id } } });
    expect((await listApiTokens(db, a.id))[0]!.lastUsedAt).not.toBeNull();
  });

  it('a token that never expires has no expiry', async () => {
    const { a, admin, as } = await setup();
    await as(admin);
    const r = await create(a.slug, { scope: 'read', expiresIn: 'never' });
    expect(r).toMatchObject({ status: 'ok', data: { scope: 'read', expiresAt: null } });
  });

  it('refuses a missing name, scope or lifetime field by field, in the viewer’s language, and stores nothing', async () => {
    const { a, admin, adminEn, as } = await setup();
    await as(admin);
    expect(await create(a.slug, { name: '  ', scope: 'admin', expiresIn: '1000' })).toEqual({
      status: 'error',
      error: 'invalid',
      message: 'Revise los campos marcados.',
      fieldErrors: { name: 'Escriba un nombre para el token.', scope: 'Elija lectura o escritura.', expiresIn: 'Elija cuándo vence.' },
    });
    await as(adminEn);
    expect(await create(a.slug, { name: 'x'.repeat(81) })).toEqual({
      status: 'error',
      error: 'invalid',
      message: 'Check the highlighted fields.',
      fieldErrors: { name: 'At most 80 characters.' },
    });
    expect(await listApiTokens(db, a.id)).toEqual([]);
  });

  it('refuses staff and people of another department, storing nothing', async () => {
    const { a, staff, adminB, as } = await setup();
    await as(staff);
    expect(await create(a.slug)).toMatchObject({ status: 'error', error: 'forbidden', message: 'No tiene permiso para hacer eso.' });
    await as(adminB);
    expect(await create(a.slug)).toMatchObject({ status: 'error', error: 'forbidden' });
    expect(await listApiTokens(db, a.id)).toEqual([]);
  });
});

describe('revoking a token', () => {
  async function withToken() {
    const s = await setup();
    const { token, view } = await createApiToken(db, s.a.id, { name: 'CRM', scope: 'write', expiresIn: 'never' }, { email: 'setup' });
    return { ...s, token, tokenId: view.id };
  }

  it('stops the token at once, audited once; a second revoke answers not found', async () => {
    const { a, admin, as, token, tokenId } = await withToken();
    await as(admin);
    expect(await revoke(a.slug, tokenId)).toEqual({ status: 'ok', message: 'Token revocado.' });
    expect(await authenticateApiToken(db, `Bearer ${token}`)).toEqual({ ok: false, reason: 'revoked' });
    expect((await listApiTokens(db, a.id))[0]!.revokedAt).not.toBeNull();
    expect(await auditEntries('api_token.revoked', tokenId)).toHaveLength(1);
    expect(await revoke(a.slug, tokenId)).toMatchObject({ status: 'error', error: 'notFound', message: 'Este token ya no está activo en este departamento. Recargue la página.' });
    expect(await auditEntries('api_token.revoked', tokenId)).toHaveLength(1);
  });

  it('refuses a staff member: the token keeps working', async () => {
    const { a, staff, as, token, tokenId } = await withToken();
    await as(staff);
    expect(await revoke(a.slug, tokenId)).toMatchObject({ status: 'error', error: 'forbidden' });
    expect(await authenticateApiToken(db, `Bearer ${token}`)).toMatchObject({ ok: true });
  });

  it('answers another department’s token id, and a malformed one, as not found, and changes nothing', async () => {
    const { b, adminB, as, token, tokenId } = await withToken();
    await as(adminB);
    expect(await revoke(b.slug, tokenId)).toMatchObject({ status: 'error', error: 'notFound' });
    expect(await revoke(b.slug, 'not-a-uuid')).toMatchObject({ status: 'error', error: 'notFound' });
    expect(await authenticateApiToken(db, `Bearer ${token}`)).toMatchObject({ ok: true });
    expect(await auditEntries('api_token.revoked', tokenId)).toHaveLength(0);
  });
});

describe('sending a test lead', () => {
  const send = (dept: string, webhookId: string) => sendTestLeadAction(IDLE, fd({ dept, webhookId }));

  it('lets staff queue one: a delivery marked as a test, audited', async () => {
    const { a, staff, as } = await setup();
    const w = await makeWebhookRow(a.id, { events: ['lead.created'] });
    await as(staff);
    const r = await send(a.slug, w.id);
    expect(r).toMatchObject({ status: 'ok', message: 'Solicitud de prueba en cola:' });
    if (r.status !== 'ok' || !r.data) throw new Error('no delivery');
    const [d] = await db.select().from(deliveries).where(eq(deliveries.id, r.data.deliveryId));
    expect(d).toMatchObject({ webhookId: w.id, departmentId: a.id, eventType: 'lead.created' });
    const [e] = await rawSql()<{ test: boolean; lead_id: string | null }[]>`select test, lead_id from events where id = ${d!.eventId}`;
    expect(e).toEqual({ test: true, lead_id: null });
    expect(await auditEntries('webhook.test_lead', w.id)).toHaveLength(1);
  });

  it('says in words that a webhook not subscribed to lead.created cannot get one', async () => {
    const { a, staff, adminEn, as } = await setup();
    const w = await makeWebhookRow(a.id, { events: ['ping'] });
    await as(staff);
    expect(await send(a.slug, w.id)).toEqual({
      status: 'error',
      error: 'invalid',
      message: 'Este webhook no está suscrito a lead.created, así que una solicitud de prueba no le llegaría. Añada lead.created a sus eventos para probarla.',
    });
    await as(adminEn);
    expect(await send(a.slug, w.id)).toMatchObject({ message: expect.stringMatching(/^This webhook is not subscribed to lead\.created/) });
    expect(await auditEntries('webhook.test_lead', w.id)).toHaveLength(0);
  });

  it('answers another department’s webhook as not found, and sends nothing', async () => {
    const { a, b, adminB, as } = await setup();
    const w = await makeWebhookRow(a.id, { events: ['lead.created'] });
    await as(adminB);
    expect(await send(b.slug, w.id)).toMatchObject({ status: 'error', error: 'notFound' });
    expect(await db.select().from(deliveries).where(eq(deliveries.webhookId, w.id))).toEqual([]);
  });
});
