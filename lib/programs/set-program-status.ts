/**
 * Closes a program (it leaves the public catalog and the form refuses it; leads already
 * received stay) or reopens it — audited, one transaction. A program of another department,
 * or no program at all, is `notFound`. Setting the status it already has changes nothing.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { programs } from '../../db/schema';
import { recordAudit, type Actor } from '../audit/record-audit';
import { isProgramId } from './program-ids';
import { PROGRAM_STATUSES, type ProgramStatus } from './program-schema';

export type SetProgramStatusResult =
  | { ok: true; status: ProgramStatus; changed: boolean; titleEs: string; titleEn: string }
  | { ok: false; error: 'notFound' }
  | { ok: false; error: 'invalid' };

export async function setProgramStatus(db: Db, departmentId: string, programId: string, status: unknown, actor: Actor): Promise<SetProgramStatusResult> {
  if (typeof status !== 'string' || !(PROGRAM_STATUSES as readonly string[]).includes(status)) return { ok: false, error: 'invalid' };
  const next = status as ProgramStatus;
  if (!isProgramId(programId)) return { ok: false, error: 'notFound' };
  const id = programId.toLowerCase();

  return db.transaction(async (tx): Promise<SetProgramStatusResult> => {
    const scope = and(eq(programs.id, id), eq(programs.departmentId, departmentId));
    const [before] = await tx.select({ status: programs.status, titleEs: programs.titleEs, titleEn: programs.titleEn, slug: programs.slug }).from(programs).where(scope).for('update');
    if (!before) return { ok: false, error: 'notFound' };
    if (before.status === next) return { ok: true, status: next, changed: false, titleEs: before.titleEs, titleEn: before.titleEn };
    await tx.update(programs).set({ status: next, updatedAt: new Date() }).where(scope);
    await recordAudit(tx, actor, {
      action: next === 'closed' ? 'program.closed' : 'program.reopened',
      departmentId,
      targetType: 'program',
      targetId: id,
      details: { slug: before.slug, from: before.status, to: next },
    });
    return { ok: true, status: next, changed: true, titleEs: before.titleEs, titleEn: before.titleEn };
  });
}
