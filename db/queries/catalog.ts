/**
 * The public catalog: what anyone may see. Only OPEN programs of APPROVED departments are
 * listed or shown; pending, rejected and suspended departments never appear. Every function
 * accepts raw user input (query strings, URL segments) and answers "nothing" to junk instead
 * of throwing, so no URL a visitor can type turns into a 500.
 */
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import { db } from '../client';
import { LEAD_REFERENCE_PATTERN } from '../ids';
import { departments, leadPrograms, leads, programKind, programs } from '../schema';

export type ProgramKind = (typeof programKind.enumValues)[number];
export const PROGRAM_KINDS: readonly ProgramKind[] = programKind.enumValues;

export interface PublicDepartment {
  id: string;
  slug: string;
  name: string;
  acronym: string | null;
}

export interface PublicProgram {
  id: string;
  slug: string;
  kind: ProgramKind;
  titleEs: string;
  titleEn: string;
  summaryEs: string;
  summaryEn: string;
  department: PublicDepartment;
}

export interface PublicProgramDetail extends PublicProgram {
  descriptionEs: string;
  descriptionEn: string;
}

export interface ConfirmationProgram {
  slug: string;
  kind: ProgramKind;
  titleEs: string;
  titleEn: string;
  department: { slug: string; name: string; acronym: string | null };
}

/** What the confirmation page may show: the reference and the programs, no personal data. */
export interface Confirmation {
  reference: string;
  programs: ConfirmationProgram[];
}

const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** A program or department slug as stored (lowercase letters, digits, dashes). */
export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && SLUG_PATTERN.test(value);
}

export function isProgramKind(value: unknown): value is ProgramKind {
  return typeof value === 'string' && (PROGRAM_KINDS as readonly string[]).includes(value);
}

/** The first value of a query-string parameter (`?a=1&a=2` arrives as an array). */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** A `?kind=` value: one of the program kinds, or undefined for anything else. */
export function parseKindParam(value: string | string[] | undefined): ProgramKind | undefined {
  const v = firstParam(value);
  return isProgramKind(v) ? v : undefined;
}

/** A `?department=` value: a well-formed slug, or undefined for anything else. */
export function parseSlugParam(value: string | string[] | undefined): string | undefined {
  const v = firstParam(value);
  return isSlug(v) ? v : undefined;
}

/** Every well-formed slug of a repeatable parameter (`?program=a&program=b`), de-duplicated. */
export function parseSlugListParam(value: string | string[] | undefined, max = 20): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return [...new Set(list.filter(isSlug))].slice(0, max);
}

const publicProgramColumns = {
  id: programs.id,
  slug: programs.slug,
  kind: programs.kind,
  titleEs: programs.titleEs,
  titleEn: programs.titleEn,
  summaryEs: programs.summaryEs,
  summaryEn: programs.summaryEn,
  department: {
    id: departments.id,
    slug: departments.slug,
    name: departments.name,
    acronym: departments.acronym,
  },
};

const isPublic = () => and(eq(programs.status, 'open'), eq(departments.status, 'approved'));

/** Open programs of approved departments, by department name then title; filters are optional. */
export async function listOpenPrograms(filter: { kind?: ProgramKind; departmentSlug?: string } = {}): Promise<PublicProgram[]> {
  const conditions: (SQL | undefined)[] = [isPublic()];
  if (filter.kind !== undefined) {
    if (!isProgramKind(filter.kind)) return [];
    conditions.push(eq(programs.kind, filter.kind));
  }
  if (filter.departmentSlug !== undefined) {
    if (!isSlug(filter.departmentSlug)) return [];
    conditions.push(eq(departments.slug, filter.departmentSlug));
  }
  return db
    .select(publicProgramColumns)
    .from(programs)
    .innerJoin(departments, eq(departments.id, programs.departmentId))
    .where(and(...conditions))
    .orderBy(asc(departments.name), asc(programs.titleEs));
}

/** Approved departments, by name (for the catalog's department filter). */
export async function listPublicDepartments(): Promise<PublicDepartment[]> {
  return db
    .select({ id: departments.id, slug: departments.slug, name: departments.name, acronym: departments.acronym })
    .from(departments)
    .where(eq(departments.status, 'approved'))
    .orderBy(asc(departments.name));
}

/** One open program of an approved department, with its description; null otherwise. */
export async function getPublicProgramBySlug(slug: string): Promise<PublicProgramDetail | null> {
  if (!isSlug(slug)) return null;
  const [row] = await db
    .select({ ...publicProgramColumns, descriptionEs: programs.descriptionEs, descriptionEn: programs.descriptionEn })
    .from(programs)
    .innerJoin(departments, eq(departments.id, programs.departmentId))
    .where(and(isPublic(), eq(programs.slug, slug)))
    .limit(1);
  return row ?? null;
}

/** The open programs among `slugs` (unknown, closed or non-public ones are left out). */
export async function getProgramsBySlugs(slugs: readonly string[]): Promise<PublicProgram[]> {
  const valid = [...new Set(slugs.filter(isSlug))].slice(0, 50);
  if (valid.length === 0) return [];
  return db
    .select(publicProgramColumns)
    .from(programs)
    .innerJoin(departments, eq(departments.id, programs.departmentId))
    .where(and(isPublic(), inArray(programs.slug, valid)))
    .orderBy(asc(departments.name), asc(programs.titleEs));
}

/**
 * The confirmation for a lead reference: the programs it asked about and their departments,
 * whatever their status today. No personal data leaves this function. Null if unknown.
 */
export async function getConfirmation(reference: string): Promise<Confirmation | null> {
  if (typeof reference !== 'string' || !LEAD_REFERENCE_PATTERN.test(reference)) return null;
  const rows = await db
    .select({
      reference: leads.reference,
      slug: programs.slug,
      kind: programs.kind,
      titleEs: programs.titleEs,
      titleEn: programs.titleEn,
      department: { slug: departments.slug, name: departments.name, acronym: departments.acronym },
    })
    .from(leads)
    .innerJoin(leadPrograms, eq(leadPrograms.leadId, leads.id))
    .innerJoin(programs, eq(programs.id, leadPrograms.programId))
    .innerJoin(departments, eq(departments.id, programs.departmentId))
    .where(eq(leads.reference, reference))
    .orderBy(asc(departments.name), asc(programs.titleEs));
  const first = rows[0];
  if (!first) return null;
  return { reference: first.reference, programs: rows.map(({ reference: _r, ...p }) => p) };
}
