/**
 * A department's programs as its dashboard sees them (open and closed). Every statement has
 * the department id in its WHERE clause: another department's program id matches nothing.
 */
import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../client';
import { leadPrograms, programs } from '../schema';
import { isUuid } from '../ids';

export type DepartmentProgram = typeof programs.$inferSelect;

export interface DepartmentProgramListItem {
  id: string;
  slug: string;
  kind: DepartmentProgram['kind'];
  status: DepartmentProgram['status'];
  titleEs: string;
  titleEn: string;
  /** Leads that chose this program. */
  leadCount: number;
}

/** Open programs first, then closed; each by Spanish title. */
export async function listDepartmentPrograms(q: Queryable, departmentId: string): Promise<DepartmentProgramListItem[]> {
  return q
    .select({
      id: programs.id,
      slug: programs.slug,
      kind: programs.kind,
      status: programs.status,
      titleEs: programs.titleEs,
      titleEn: programs.titleEn,
      leadCount: sql<number>`(select count(*)::int from ${leadPrograms} where ${leadPrograms.programId} = ${programs.id})`,
    })
    .from(programs)
    .where(eq(programs.departmentId, departmentId))
    .orderBy(asc(programs.status), asc(programs.titleEs), asc(programs.id));
}

/** One program of the department, or null (missing, malformed id, or another department's). */
export async function getDepartmentProgram(q: Queryable, departmentId: string, programId: string): Promise<(DepartmentProgram & { leadCount: number }) | null> {
  if (!isUuid(programId)) return null;
  const [row] = await q
    .select()
    .from(programs)
    .where(and(eq(programs.id, programId.toLowerCase()), eq(programs.departmentId, departmentId)));
  if (!row) return null;
  const [c] = await q.select({ n: count() }).from(leadPrograms).where(eq(leadPrograms.programId, row.id));
  return { ...row, leadCount: c?.n ?? 0 };
}
