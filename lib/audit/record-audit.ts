/**
 * Appends one entry to the audit log (append-only: a database trigger refuses UPDATE and
 * DELETE). Call it inside the transaction of the act it records, so both happen or neither.
 */
import type { Queryable } from '../../db/client';
import { auditLog } from '../../db/schema';

export interface Actor {
  userId?: string | null;
  email?: string | null;
  ip?: string | null;
}

/** The platform itself (the delivery engine, the retention job). */
export const SYSTEM_ACTOR: Actor = { email: 'system' };

export interface AuditEntry {
  action: string;
  departmentId?: string | null;
  targetType?: string;
  targetId?: string;
  details?: Record<string, unknown>;
}

export async function recordAudit(q: Queryable, actor: Actor, entry: AuditEntry): Promise<void> {
  const ip = actor.ip && actor.ip !== 'unknown' && /^[0-9a-fA-F:.]+$/.test(actor.ip) ? actor.ip : null;
  await q.insert(auditLog).values({
    actorUserId: actor.userId ?? null,
    actorEmail: actor.email ?? null,
    actorIp: ip,
    departmentId: entry.departmentId ?? null,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    details: entry.details ?? {},
  });
}
