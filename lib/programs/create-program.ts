/**
 * Creates a program of one department: validates with the form's schema, picks a free slug
 * from the Spanish title, inserts and audits — one transaction. New programs are open.
 */
import { eq, like, or } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { programs } from '../../db/schema';
import { recordAudit, type Actor } from '../audit/record-audit';
import { programFieldErrors, programInputSchema, type ProgramFieldErrors } from './program-schema';
import { slugifyTitle } from './slugify-title';

export type ProgramRow = typeof programs.$inferSelect;

export type CreateProgramResult = { ok: true; program: ProgramRow } | { ok: false; error: 'invalid'; fieldErrors: ProgramFieldErrors };

/** Concurrent creates may pick the same free slug; the unique index decides and we try again. */
const SLUG_ATTEMPTS = 5;

function isSlugConflict(e: unknown): boolean {
  for (let x: unknown = e; x; x = (x as { cause?: unknown }).cause) {
    const err = x as { code?: string; constraint_name?: string };
    if (err.code === '23505' && err.constraint_name === 'programs_slug_key') return true;
    if (typeof x !== 'object') break;
  }
  return false;
}

/** `base`, or `base-2`, `base-3`… — the first one no program uses. */
async function freeSlug(tx: Tx, base: string): Promise<string> {
  const taken = new Set(
    (await tx.select({ slug: programs.slug }).from(programs).where(or(eq(programs.slug, base), like(programs.slug, `${base}-%`)))).map((r) => r.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export async function createProgram(db: Db, departmentId: string, raw: unknown, actor: Actor): Promise<CreateProgramResult> {
  const parsed = programInputSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: programFieldErrors(parsed.error) };
  const input = parsed.data;
  const base = slugifyTitle(input.titleEs);

  for (let attempt = 1; ; attempt++) {
    try {
      const program = await db.transaction(async (tx) => {
        const slug = await freeSlug(tx, base);
        const [row] = await tx
          .insert(programs)
          .values({ departmentId, slug, status: 'open', ...input })
          .returning();
        if (!row) throw new Error('program insert returned nothing');
        await recordAudit(tx, actor, {
          action: 'program.created',
          departmentId,
          targetType: 'program',
          targetId: row.id,
          details: { slug, kind: input.kind, titleEs: input.titleEs, titleEn: input.titleEn },
        });
        return row;
      });
      return { ok: true, program };
    } catch (e) {
      if (attempt < SLUG_ATTEMPTS && isSlugConflict(e)) continue;
      throw e;
    }
  }
}

