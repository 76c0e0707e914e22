/**
 * "Send test lead": a synthetic lead.created to ONE webhook, so a receiving developer can try
 * their endpoint without anyone filling in the public form (which would create real personal
 * data). No lead row is written and no other webhook or department is sent anything; the
 * envelope carries `"test": true` and the request `X-Puente-Test: true`; the delivery log shows
 * it as a test. It goes through the outbox and the engine like any delivery (signed, retried,
 * redeliverable), limited like ping and redeliver.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { departments, events, programs, webhookPrograms, webhooks } from '../../db/schema';
import { recordAudit, type Actor } from '../audit/record-audit';
import type { LeadCreatedEventPayload, ProgramSnapshot } from '../delivery/envelope';
import { probeCoolingWebhookNow, scheduleDeliveries, wakeAfterCommit } from '../delivery/wake';
import { consumeManualSend } from './manual-send-limit';

export type SendTestLeadResult =
  | { ok: true; deliveryId: string }
  | { ok: false; error: 'notFound' | 'notSubscribed' }
  | { ok: false; error: 'rateLimited'; retryAfterSeconds: number };

/** The synthetic applicant: obviously a test in both languages, on reserved example addresses. */
export function testLeadSnapshot(now: Date): LeadCreatedEventPayload['data']['lead'] {
  return {
    id: randomUUID(),
    reference: `PR-TEST-${randomBytes(3).toString('hex').toUpperCase()}`,
    name: 'Prueba Puente (test)',
    email: 'prueba@example.com',
    phone: '787-555-0100',
    businessName: 'Negocio de Prueba / Test Business',
    municipality: 'San Juan',
    businessStage: 'new',
    sector: 'services',
    message: 'Esta es una solicitud de prueba enviada desde Puente. / This is a test lead sent from Puente.',
    locale: 'es',
    consentAt: now.toISOString(),
    createdAt: now.toISOString(),
  };
}

export async function sendTestLead(db: Db, departmentId: string, webhookId: string, actor: Actor, now = new Date()): Promise<SendTestLeadResult> {
  const r = await db.transaction(async (tx) => {
    const [w] = await tx
      .select({ id: webhooks.id, events: webhooks.events, allPrograms: webhooks.allPrograms, slug: departments.slug, name: departments.name })
      .from(webhooks)
      .innerJoin(departments, eq(departments.id, webhooks.departmentId))
      .where(and(eq(webhooks.id, webhookId), eq(webhooks.departmentId, departmentId)));
    if (!w) return { ok: false, error: 'notFound' } as const;
    if (!w.events.includes('*') && !w.events.includes('lead.created')) return { ok: false, error: 'notSubscribed' } as const;
    const limit = await consumeManualSend(tx, webhookId, now);
    if (!limit.allowed) return { ok: false, error: 'rateLimited', retryAfterSeconds: limit.retryAfterSeconds } as const;

    // The programs this webhook would receive (its first, or the department's first); a
    // department with none yet gets a clearly synthetic one, so the envelope keeps its shape.
    const chosen = w.allPrograms
      ? await tx.select().from(programs).where(eq(programs.departmentId, departmentId)).orderBy(asc(programs.createdAt)).limit(1)
      : await tx
          .select()
          .from(programs)
          .where(inArray(programs.id, tx.select({ id: webhookPrograms.programId }).from(webhookPrograms).where(eq(webhookPrograms.webhookId, webhookId))))
          .orderBy(asc(programs.createdAt))
          .limit(1);
    const department = { id: departmentId, slug: w.slug, name: w.name };
    const program: ProgramSnapshot = chosen[0]
      ? { id: chosen[0].id, slug: chosen[0].slug, kind: chosen[0].kind, title: { es: chosen[0].titleEs, en: chosen[0].titleEn }, department }
      : { id: randomUUID(), slug: 'programa-de-prueba', kind: 'financing', title: { es: 'Programa de prueba', en: 'Test program' }, department };
    const payload: LeadCreatedEventPayload = { type: 'lead.created', timestamp: now.toISOString(), test: true, data: { lead: testLeadSnapshot(now), programs: [program] } };

    const [event] = await tx.insert(events).values({ type: 'lead.created', payload, test: true, createdAt: now }).returning({ id: events.id });
    const rows = await tx.execute<{ id: string }>(sql`
      insert into deliveries (webhook_id, department_id, event_id, event_type, message_id)
      values (${webhookId}::uuid, ${departmentId}::uuid, ${event!.id}::uuid, 'lead.created', 'msg_' || replace(gen_random_uuid()::text, '-', ''))
      returning id`);
    const target = { id: rows[0]!.id, webhookId };
    await scheduleDeliveries(tx, [target], now);
    await probeCoolingWebhookNow(tx, webhookId, now);
    await recordAudit(tx, actor, { action: 'webhook.test_lead', departmentId, targetType: 'webhook', targetId: webhookId, details: { deliveryId: target.id } });
    return { ok: true, target } as const;
  });
  if (!r.ok) return r;
  await wakeAfterCommit([r.target]);
  return { ok: true, deliveryId: r.target.id };
}
