/**
 * A platform admin's decisions on a department: approve, reject (with a reason the applicant
 * sees), suspend (with a reason) and reinstate. Only these moves are legal:
 *
 *   pending ──approve──▶ approved ──suspend──▶ suspended ──reinstate──▶ approved
 *   pending ──reject───▶ rejected ──approve──▶ approved   (an admin may reconsider)
 *
 * Suspending holds every unfinished delivery of the department at once (status 'held': kept,
 * never sent); reinstating (or approving) puts them back in the queue, due now, in order.
 * Each decision is one transaction with its audit entry.
 */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { departments, type departmentStatus } from '../../db/schema';
import { recordAudit, type Actor } from '../audit/record-audit';
import { resumeHeldDeliveries } from '../delivery/resume-held';
import { wakeAfterCommit, type WakeTarget } from '../delivery/wake';
import { isUuid } from '../params';
import { CONTROL_CHARACTERS_KEY, hasNoControlCharacters } from '../plain-text';

export type DepartmentStatus = (typeof departmentStatus.enumValues)[number];
export const DEPARTMENT_DECISIONS = ['approve', 'reject', 'suspend', 'reinstate'] as const;
export type DepartmentDecision = (typeof DEPARTMENT_DECISIONS)[number];
export const DECISION_REASON_MAX = 1000;

export const TRANSITIONS: Record<DepartmentDecision, { from: readonly DepartmentStatus[]; to: DepartmentStatus; action: string; reasonRequired: boolean }> = {
  approve: { from: ['pending', 'rejected'], to: 'approved', action: 'department.approved', reasonRequired: false },
  reject: { from: ['pending'], to: 'rejected', action: 'department.rejected', reasonRequired: true },
  suspend: { from: ['approved'], to: 'suspended', action: 'department.suspended', reasonRequired: true },
  reinstate: { from: ['suspended'], to: 'approved', action: 'department.reinstated', reasonRequired: false },
};

/** What the decision form can say about a field; lib/i18n/admin-errors.ts has the words. */
export type DecisionErrorCode = 'chooseDecision' | 'reasonRequired' | 'rejectReasonRequired' | 'suspendReasonRequired' | 'reasonTooLong' | typeof CONTROL_CHARACTERS_KEY;
const E = (code: DecisionErrorCode): DecisionErrorCode => code;

/** The admin's form: which decision and why. Messages are DecisionErrorCode codes. */
export const decisionSchema = z
  .object({
    decision: z.enum(DEPARTMENT_DECISIONS, E('chooseDecision')),
    reason: z.string(E('reasonRequired')).refine(hasNoControlCharacters, E(CONTROL_CHARACTERS_KEY)).trim().max(DECISION_REASON_MAX, E('reasonTooLong')).default(''),
  })
  .superRefine((v, ctx) => {
    if (TRANSITIONS[v.decision].reasonRequired && v.reason === '') {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: E(v.decision === 'reject' ? 'rejectReasonRequired' : 'suspendReasonRequired') });
    }
  });

export type DecideResult =
  | { ok: true; status: DepartmentStatus; name: string; held: number; resumed: number }
  | { ok: false; error: 'notFound' }
  | { ok: false; error: 'invalid'; fieldErrors: Record<string, string> }
  /** Not a legal move from the department's current status (e.g. someone else decided first). */
  | { ok: false; error: 'conflict'; status: DepartmentStatus };


export async function decideDepartment(db: Db, departmentId: string, raw: unknown, actor: Actor, now = new Date()): Promise<DecideResult> {
  const parsed = decisionSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'decision');
      fieldErrors[field] ??= issue.message;
    }
    return { ok: false, error: 'invalid', fieldErrors };
  }
  if (!isUuid(departmentId)) return { ok: false, error: 'notFound' };
  const { decision, reason } = parsed.data;
  const t = TRANSITIONS[decision];

  const outcome = await db.transaction(async (tx) => {
    // Locks the row: two admins deciding at once are serialised, the second sees the new status.
    const [dep] = await tx.execute<{ id: string; name: string; status: DepartmentStatus }>(
      sql`select id, name, status::text as status from departments where id = ${departmentId}::uuid for update`,
    );
    if (!dep) return { result: { ok: false, error: 'notFound' } as DecideResult, wake: [] as WakeTarget[] };
    if (!t.from.includes(dep.status)) return { result: { ok: false, error: 'conflict', status: dep.status } as DecideResult, wake: [] };

    await tx
      .update(departments)
      .set({ status: t.to, decisionReason: reason || null, decidedAt: now, decidedBy: actor.userId ?? null, updatedAt: now })
      .where(sql`${departments.id} = ${departmentId}::uuid`);

    let held = 0;
    let wake: WakeTarget[] = [];
    if (t.to === 'suspended') {
      // Stop at once: nothing due is sent from now on; an attempt already on the wire finishes.
      // Their work-list rows wait at 'infinity'; one leased by an attempt in flight is left to it.
      const rows = await tx.execute<{ id: string }>(sql`
        with h as (
          update deliveries set status = 'held'
           where department_id = ${departmentId}::uuid and status in ('pending', 'retrying')
          returning id
        ), q as (
          update delivery_queue dq set run_at = 'infinity' from h
           where dq.delivery_id = h.id and (dq.lease_until is null or dq.lease_until < ${now.toISOString()}::timestamptz)
        )
        select id from h`);
      held = rows.length;
    } else if (t.to === 'approved') {
      wake = await resumeHeldDeliveries(tx, { departmentId }, now);
    }

    await recordAudit(tx, actor, {
      action: t.action,
      departmentId,
      targetType: 'department',
      targetId: departmentId,
      details: {
        name: dep.name,
        from: dep.status,
        to: t.to,
        ...(reason ? { reason } : {}),
        ...(t.to === 'suspended' ? { heldDeliveries: held } : {}),
        ...(t.to === 'approved' ? { resumedDeliveries: wake.length } : {}),
      },
    });
    return { result: { ok: true, status: t.to, name: dep.name, held, resumed: wake.length } as DecideResult, wake };
  });

  // The embedded engine's jobs were added in the transaction; Inngest is told after commit.
  await wakeAfterCommit(outcome.wake);
  return outcome.result;
}
