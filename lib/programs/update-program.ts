/**
 * Edits a program of one department (titles, summaries, descriptions, kind) and audits which
 * fields changed — one transaction. The slug stays: public links to the program keep working.
 * A program of another department, or no program at all, is `notFound`.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { programs } from '../../db/schema';
import { recordAudit, type Actor } from '../audit/record-audit';
import type { ProgramRow } from './create-program';
import { isProgramId } from './program-ids';
import { PROGRAM_FIELDS, programFieldErrors, programInputSchema, type ProgramFieldErrors } from './program-schema';

export type UpdateProgramResult =
  | { ok: true; program: ProgramRow; changed: string[] }
  | { ok: false; error: 'invalid'; fieldErrors: ProgramFieldErrors }
  | { ok: false; error: 'notFound' };

export async function updateProgram(db: Db, departmentId: string, programId: string, raw: unknown, actor: Actor): Promise<UpdateProgramResult> {
  const parsed = programInputSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: programFieldErrors(parsed.error) };
  if (!isProgramId(programId)) return { ok: false, error: 'notFound' };
  const input = parsed.data;
  const id = programId.toLowerCase();

  return db.transaction(async (tx): Promise<UpdateProgramResult> => {
    const scope = and(eq(programs.id, id), eq(programs.departmentId, departmentId));
    const [before] = await tx.select().from(programs).where(scope).for('update');
    if (!before) return { ok: false, error: 'notFound' };
    const changed = PROGRAM_FIELDS.filter((f) => before[f] !== input[f]);
    if (changed.length === 0) return { ok: true, program: before, changed };
    const [program] = await tx
      .update(programs)
      .set({ ...input, updatedAt: new Date() })
      .where(scope)
      .returning();
    if (!program) return { ok: false, error: 'notFound' };
    await recordAudit(tx, actor, {
      action: 'program.updated',
      departmentId,
      targetType: 'program',
      targetId: program.id,
      details: { slug: program.slug, changed },
    });
    return { ok: true, program, changed };
  });
}
