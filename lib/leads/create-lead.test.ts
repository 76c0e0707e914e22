import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, rawSql } from '../../db/client';
import { deliveries, deliveryQueue, events, leadPrograms, leads } from '../../db/schema';
import { leadCreatedEnvelope, type LeadCreatedEventPayload } from '../delivery/envelope';
import { makeDepartment, makeProgram, makeWebhookRow, leadInput } from '../../test/factories';
import { countLeadRows, createLead } from './create-lead';
import { LEAD_REFERENCE_PATTERN } from './reference';
import { LEAD_BODY_LIMIT, submitLeadForm } from './submit-lead';

async function clean() {
  await rawSql()`truncate leads, events, deliveries, webhooks, programs, departments, rate_limits cascade`;
}

function formOf(fields: Record<string, string | string[]>) {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) f.append(k, x);
  return f;
}

describe('createLead', () => {
  beforeEach(clean);

  it('writes the lead, its programs, one outbox event and one delivery per subscribed webhook in one go', async () => {
    const bde = await makeDepartment({ slug: 'bde' });
    const cce = await makeDepartment({ slug: 'cce' });
    const [p1, p2, p3] = [await makeProgram(bde.id), await makeProgram(bde.id), await makeProgram(cce.id)];
    const bdeAll = await makeWebhookRow(bde.id); // covers every BDE program
    const cceOnlyP3 = await makeWebhookRow(cce.id, {}, [p3!.id]);
    const inactive = await makeWebhookRow(cce.id, { active: false }); // inactive: planned as skipped, never sent
    await makeWebhookRow(bde.id, { events: ['ping'] }); // does not want lead.created

    const res = await createLead(db, leadInput([p1!.id, p2!.id, p3!.id]));
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.reference).toMatch(LEAD_REFERENCE_PATTERN);

    expect(await countLeadRows(db)).toEqual({ leads: 1, lead_programs: 3, events: 1, deliveries: 3 });
    const all = await db.select().from(deliveries);
    const planned = all.filter((d) => d.status === 'pending');
    expect(planned.map((d) => d.webhookId).sort()).toEqual([bdeAll.id, cceOnlyP3.id].sort());
    expect(res.deliveries.map((d) => d.id).sort()).toEqual(planned.map((d) => d.id).sort());
    expect(planned.every((d) => d.eventId === res.eventId && d.messageId.startsWith('msg_'))).toBe(true);
    // The inactive webhook's delivery is recorded as skipped, with no work-list row: nothing is sent.
    const skipped = all.find((d) => d.webhookId === inactive.id);
    expect(skipped).toMatchObject({ status: 'skipped', nextAttemptAt: null });
    expect(skipped!.lastError).toMatch(/inactive/);
    const queued = await db.select().from(deliveryQueue);
    expect(queued.map((r) => r.deliveryId).sort()).toEqual(planned.map((d) => d.id).sort());

    // Each department's envelope carries only its own programs and the whole lead.
    const [event] = await db.select().from(events).where(eq(events.id, res.eventId));
    const env = leadCreatedEnvelope(event!.payload as LeadCreatedEventPayload, cce.id);
    expect(env.data.programs.map((p) => p.id)).toEqual([p3!.id]);
    expect(env.data.department.slug).toBe('cce');
    expect(env.data.lead).toMatchObject({ name: 'Ana Pérez', email: 'ana@example.com', businessName: 'Café La Plaza', municipality: 'Mayagüez' });
    const [lead] = await db.select().from(leads);
    expect(lead!.consentedDepartments.sort()).toEqual(['BDE', 'CCE']);
  });

  it('plans nothing for departments that are not approved, and refuses their programs', async () => {
    const pending = await makeDepartment({ status: 'pending' });
    const p = await makeProgram(pending.id);
    await makeWebhookRow(pending.id);
    const res = await createLead(db, leadInput([p.id]));
    expect(res).toEqual({ ok: false, reason: 'invalid', fieldErrors: { programIds: 'programUnavailable' } });
    expect(await countLeadRows(db)).toEqual({ leads: 0, lead_programs: 0, events: 0, deliveries: 0 });
  });

  it('refuses a closed program', async () => {
    const d = await makeDepartment();
    const p = await makeProgram(d.id, { status: 'closed' });
    const res = await createLead(db, leadInput([p.id]));
    expect(res.ok).toBe(false);
    expect(await countLeadRows(db)).toMatchObject({ leads: 0 });
  });

  it('leaves nothing behind when the transaction fails after the deliveries were planned', async () => {
    const d = await makeDepartment();
    const p = await makeProgram(d.id);
    await makeWebhookRow(d.id);
    await expect(
      createLead(db, leadInput([p.id]), {
        onPlanned: async () => {
          throw new Error('engine enqueue failed');
        },
      }),
    ).rejects.toThrow('engine enqueue failed');
    expect(await countLeadRows(db)).toEqual({ leads: 0, lead_programs: 0, events: 0, deliveries: 0 });
  });

  it('rate-limits per key and counts only what was written', async () => {
    const d = await makeDepartment();
    const p = await makeProgram(d.id);
    const opts = { rateLimitKey: 'ip:abc', rateLimitPerHour: 2 };
    expect((await createLead(db, leadInput([p.id]), opts)).ok).toBe(true);
    expect((await createLead(db, leadInput([p.id]), opts)).ok).toBe(true);
    const third = await createLead(db, leadInput([p.id]), opts);
    expect(third).toMatchObject({ ok: false, reason: 'rateLimited' });
    expect((await createLead(db, leadInput([p.id]), { ...opts, rateLimitKey: 'ip:other' })).ok).toBe(true);
    expect(await countLeadRows(db)).toMatchObject({ leads: 3 });
  });
});

describe('submitLeadForm', () => {
  beforeEach(clean);

  it('returns one reason per invalid field, keeps what was typed, and writes nothing', async () => {
    const d = await makeDepartment();
    const p = await makeProgram(d.id);
    const out = await submitLeadForm(
      db,
      formOf({ name: 'A', email: 'not-an-email', phone: '12', businessName: 'Mi negocio', municipality: 'Atlantis', businessStage: 'new', sector: 'food', programIds: [p.id] }),
      { clientIp: '203.0.113.9' },
    );
    expect(out.kind).toBe('rejected');
    if (out.kind !== 'rejected' || out.state.status !== 'invalid') return;
    expect(out.state.fieldErrors).toEqual({ name: 'tooShort', email: 'invalidEmail', phone: 'invalidPhone', municipality: 'chooseOne', consent: 'consentRequired' });
    expect(out.state.values).toMatchObject({ businessName: 'Mi negocio', email: 'not-an-email', programIds: [p.id] });
    expect(await countLeadRows(db)).toMatchObject({ leads: 0, events: 0 });
  });

  it('stores a valid submission and answers with its reference', async () => {
    const d = await makeDepartment();
    const p = await makeProgram(d.id);
    const out = await submitLeadForm(
      db,
      formOf({ name: 'Luis Rivera', email: 'Luis@Example.com', phone: '(787) 555-0101', businessName: 'Taller', municipality: 'Ponce', businessStage: 'established', sector: 'services', programIds: [p.id, p.id], consent: 'on', locale: 'en' }),
      { clientIp: '203.0.113.9' },
    );
    expect(out.kind).toBe('created');
    const [lead] = await db.select().from(leads);
    expect(lead).toMatchObject({ email: 'luis@example.com', locale: 'en', municipality: 'Ponce' });
    expect(await db.select().from(leadPrograms)).toHaveLength(1);
  });

  it('silently drops a honeypot submission', async () => {
    const d = await makeDepartment();
    const p = await makeProgram(d.id);
    const out = await submitLeadForm(
      db,
      formOf({ name: 'Bot', email: 'bot@example.com', phone: '7875550101', businessName: 'X', municipality: 'Ponce', businessStage: 'idea', sector: 'other', programIds: [p.id], consent: 'on', website: 'http://spam' }),
      { clientIp: '203.0.113.9' },
    );
    expect(out.kind).toBe('honeypot');
    expect(await countLeadRows(db)).toMatchObject({ leads: 0 });
  });

  it('refuses an oversized body before parsing it', async () => {
    const out = await submitLeadForm(db, formOf({ message: 'x'.repeat(LEAD_BODY_LIMIT + 1) }), { clientIp: '203.0.113.9' });
    expect(out).toMatchObject({ kind: 'rejected', state: { formError: 'tooLarge' } });
  });
});
