/**
 * Stores one lead: the lead, its programs, one `lead.created` outbox event, and one planned
 * delivery per subscribed webhook, all in ONE transaction. Never calls a department: the
 * delivery engine picks the planned deliveries up after commit.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { departments, events, leadPrograms, leads, programs } from '../../db/schema';
import type { LeadCreatedEventPayload, ProgramSnapshot } from '../delivery/envelope';
import { planDeliveries, type PlannedDelivery } from '../delivery/plan-deliveries';
import { scheduleDeliveries } from '../delivery/wake';
import { consumeRateLimit } from '../rate-limit';
import type { LeadFieldErrors, LeadInput } from './lead-schema';
import { newLeadReference } from './reference';

export interface CreateLeadOptions {
  /** Rate-limit key (a hashed client IP); none → no limit (scripts, tests). */
  rateLimitKey?: string;
  rateLimitPerHour?: number;
  now?: Date;
  /** Called inside the transaction once deliveries are planned and enqueued (tests inject failures here). */
  onPlanned?: (tx: Tx, planned: PlannedDelivery[]) => Promise<void>;
}

export type CreateLeadResult =
  | { ok: true; leadId: string; reference: string; eventId: string; deliveries: PlannedDelivery[] }
  | { ok: false; reason: 'invalid'; fieldErrors: LeadFieldErrors }
  | { ok: false; reason: 'rateLimited'; retryAfterMs: number };

class Rollback extends Error {
  constructor(readonly result: CreateLeadResult) {
    super('rollback');
  }
}

export async function createLead(db: Db, input: LeadInput, opts: CreateLeadOptions = {}): Promise<CreateLeadResult> {
  const now = opts.now ?? new Date();
  try {
    return await db.transaction(async (tx) => {
      if (opts.rateLimitKey) {
        const rl = await consumeRateLimit(tx, `lead:${opts.rateLimitKey}`, opts.rateLimitPerHour ?? 10, 3_600_000, now);
        if (!rl.allowed) throw new Rollback({ ok: false, reason: 'rateLimited', retryAfterMs: rl.retryAfterMs });
      }

      const chosen = await tx
        .select({
          id: programs.id,
          slug: programs.slug,
          kind: programs.kind,
          titleEs: programs.titleEs,
          titleEn: programs.titleEn,
          departmentId: departments.id,
          departmentSlug: departments.slug,
          departmentName: departments.name,
          departmentAcronym: departments.acronym,
        })
        .from(programs)
        .innerJoin(departments, eq(departments.id, programs.departmentId))
        .where(and(inArray(programs.id, input.programIds), eq(programs.status, 'open'), eq(departments.status, 'approved')))
        .orderBy(departments.name, programs.titleEs);
      if (chosen.length !== input.programIds.length) {
        // A program closed, or its department was suspended, between page load and submit.
        throw new Rollback({ ok: false, reason: 'invalid', fieldErrors: { programIds: 'programUnavailable' } });
      }

      const consentedDepartments = [...new Set(chosen.map((p) => p.departmentAcronym ?? p.departmentName))];
      const [lead] = await tx
        .insert(leads)
        .values({
          reference: newLeadReference(),
          name: input.name,
          email: input.email,
          phone: input.phone,
          businessName: input.businessName,
          municipality: input.municipality,
          businessStage: input.businessStage,
          sector: input.sector,
          message: input.message,
          locale: input.locale,
          consentAt: now,
          consentedDepartments,
          createdAt: now,
        })
        .returning();
      if (!lead) throw new Error('lead insert returned nothing');
      await tx.insert(leadPrograms).values(chosen.map((p) => ({ leadId: lead.id, programId: p.id })));

      const programSnapshots: ProgramSnapshot[] = chosen.map((p) => ({
        id: p.id,
        slug: p.slug,
        kind: p.kind,
        title: { es: p.titleEs, en: p.titleEn },
        department: { id: p.departmentId, slug: p.departmentSlug, name: p.departmentName },
      }));
      const payload: LeadCreatedEventPayload = {
        type: 'lead.created',
        timestamp: now.toISOString(),
        data: {
          lead: {
            id: lead.id,
            reference: lead.reference,
            name: lead.name,
            email: lead.email,
            phone: lead.phone,
            businessName: lead.businessName,
            municipality: lead.municipality,
            businessStage: lead.businessStage,
            sector: lead.sector,
            message: lead.message,
            locale: lead.locale,
            consentAt: lead.consentAt.toISOString(),
            createdAt: lead.createdAt.toISOString(),
          },
          programs: programSnapshots,
        },
      };
      const [event] = await tx
        .insert(events)
        .values({ type: 'lead.created', leadId: lead.id, payload, createdAt: now })
        .returning({ id: events.id });
      if (!event) throw new Error('event insert returned nothing');

      const planned = await planDeliveries(tx, { id: event.id, type: 'lead.created' }, input.programIds, now);
      // The embedded engine's jobs are added in this transaction: they exist iff the lead does.
      await scheduleDeliveries(tx, planned, now);
      if (opts.onPlanned && planned.length > 0) await opts.onPlanned(tx, planned);
      return { ok: true, leadId: lead.id, reference: lead.reference, eventId: event.id, deliveries: planned } as const;
    });
  } catch (e) {
    if (e instanceof Rollback) return e.result;
    throw e;
  }
}

/** Counts for tests and the admin overview. */
export async function countLeadRows(db: Db) {
  const [row] = await db.execute<{ leads: number; lead_programs: number; events: number; deliveries: number }>(sql`
    select (select count(*)::int from leads) as leads, (select count(*)::int from lead_programs) as lead_programs,
           (select count(*)::int from events) as events, (select count(*)::int from deliveries) as deliveries`);
  return row!;
}
