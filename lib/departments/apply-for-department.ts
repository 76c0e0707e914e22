/**
 * A department applies to join Puente from the public register page: one transaction creates
 * the PENDING department (with a free slug), the requesting person's account, their membership
 * as department admin, and the `department.applied` audit entry. The account can sign in at
 * once but sees only the waiting page until a platform admin approves (lib/auth/viewer.ts).
 * Honeypot, size cap and a per-IP rate limit keep the anonymous form from being abused.
 */
import { eq, like, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { departments, memberships, users } from '../../db/schema';
import { recordAudit } from '../audit/record-audit';
import { hashPassword } from '../auth/passwords';
import { HONEYPOT_FIELD } from '../leads/lead-schema';
import { slugifyTitle } from '../programs/slugify-title';
import { consumeRateLimit, hashKey } from '../rate-limit';
import {
  ECHOED_FIELDS,
  applicationFieldErrorsOf,
  applicationInputFromFormData,
  applicationSchema,
  type ApplicationField,
  type ApplicationFieldErrors,
  type ApplicationFormState,
} from './application-schema';

export * from './application-schema';

/** Applications accepted per client IP per hour (every well-formed attempt counts). */
export const APPLICATION_RATE_LIMIT = { perIp: 5, windowMs: 3_600_000 };
/** Far bigger than any honest application (all fields at their limits fit in ~4 KiB). */
export const APPLICATION_BODY_LIMIT = 16 * 1024;
/** Department slugs must fit the dashboard's /dashboard/[dept] pattern (≤ 64 characters). */
const SLUG_BASE_MAX = 48;
const SLUG_ATTEMPTS = 5;

export type ApplyResult =
  | { ok: true; departmentId: string; userId: string; slug: string }
  | { ok: false; reason: 'invalid'; fieldErrors: ApplicationFieldErrors }
  | { ok: false; reason: 'rateLimited'; retryAfterMs: number };

function uniqueViolation(e: unknown): string | null {
  for (let x: unknown = e; x && typeof x === 'object'; x = (x as { cause?: unknown }).cause) {
    const err = x as { code?: string; constraint_name?: string };
    if (err.code === '23505') return err.constraint_name ?? '';
  }
  return null;
}

/** From the acronym when there is one ("DA" → "da"), else from the name. */
export function departmentSlugBase(name: string, acronym: string): string {
  const source = acronym || name;
  const base = slugifyTitle(source).slice(0, SLUG_BASE_MAX).replace(/-+$/g, '');
  // slugifyTitle falls back to 'programa' for text with no Latin letters or digits.
  return base === 'programa' && !/programa/i.test(source) ? 'departamento' : base;
}

/** Static segments under /dashboard that a department slug would be hidden behind. */
export const RESERVED_SLUGS = new Set(['account', 'admin', 'api', 'login', 'new']);

/** `base`, or `base-2`, `base-3`… — the first one no department uses (and not a reserved word). */
async function freeSlug(tx: Tx, base: string): Promise<string> {
  const used = await tx
    .select({ slug: departments.slug })
    .from(departments)
    .where(or(eq(departments.slug, base), like(departments.slug, `${base}-%`)));
  const taken = new Set([...RESERVED_SLUGS, ...used.map((r) => r.slug)]);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

const EMAIL_UNAVAILABLE: ApplyResult = { ok: false, reason: 'invalid', fieldErrors: { requesterEmail: 'emailUnavailable' } };

export async function applyForDepartment(db: Db, raw: unknown, ctx: { clientIp: string; now?: Date }): Promise<ApplyResult> {
  const parsed = applicationSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: 'invalid', fieldErrors: applicationFieldErrorsOf(parsed.error) };
  const input = parsed.data;
  const now = ctx.now ?? new Date();

  // Counted outside the transaction on purpose: an attempt refused for a taken email counts
  // too, so the form cannot be used to probe many addresses.
  const rl = await consumeRateLimit(db, hashKey('dept-apply-ip', ctx.clientIp), APPLICATION_RATE_LIMIT.perIp, APPLICATION_RATE_LIMIT.windowMs, now);
  if (!rl.allowed) return { ok: false, reason: 'rateLimited', retryAfterMs: rl.retryAfterMs };

  const [existing] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${input.requesterEmail}`);
  if (existing) return EMAIL_UNAVAILABLE;

  // bcrypt is slow by design: hash before the transaction so it holds no locks meanwhile.
  const passwordHash = await hashPassword(input.password);
  const base = departmentSlugBase(input.departmentName, input.acronym);

  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(async (tx) => {
        const slug = await freeSlug(tx, base);
        const [department] = await tx
          .insert(departments)
          .values({
            slug,
            name: input.departmentName,
            acronym: input.acronym || null,
            status: 'pending',
            contactName: input.contactName,
            contactEmail: input.contactEmail,
            applicationReason: input.reason,
            createdAt: now,
            updatedAt: now,
          })
          .returning({ id: departments.id });
        if (!department) throw new Error('department insert returned nothing');
        const [user] = await tx
          .insert(users)
          .values({ email: input.requesterEmail, name: input.requesterName, passwordHash, role: 'user', createdAt: now, updatedAt: now })
          .returning({ id: users.id });
        if (!user) throw new Error('user insert returned nothing');
        await tx.insert(memberships).values({ userId: user.id, departmentId: department.id, role: 'admin', createdAt: now });
        await recordAudit(
          tx,
          { userId: user.id, email: input.requesterEmail, ip: ctx.clientIp },
          {
            action: 'department.applied',
            departmentId: department.id,
            targetType: 'department',
            targetId: department.id,
            details: { name: input.departmentName, acronym: input.acronym || null, slug, contactEmail: input.contactEmail },
          },
        );
        return { ok: true, departmentId: department.id, userId: user.id, slug } as const;
      });
    } catch (e) {
      const constraint = uniqueViolation(e);
      // Two applications raced for one email: the unique index decides, the loser is told so.
      if (constraint === 'users_email_key') return EMAIL_UNAVAILABLE;
      if (constraint === 'departments_slug_key' && attempt < SLUG_ATTEMPTS) continue;
      throw e;
    }
  }
}

function formSize(form: FormData): number {
  let n = 0;
  for (const [k, v] of form.entries()) n += k.length + (typeof v === 'string' ? Buffer.byteLength(v) : v.size);
  return n;
}

function echoedValues(form: FormData): Partial<Record<ApplicationField, string>> {
  const out: Partial<Record<ApplicationField, string>> = {};
  for (const field of ECHOED_FIELDS) {
    const v = form.get(field);
    if (typeof v === 'string') out[field] = v.slice(0, 2000);
  }
  return out;
}

/** The register form's whole server-side flow, framework-free: size cap, honeypot, then apply. */
export async function submitApplicationForm(db: Db, form: FormData, ctx: { clientIp: string }): Promise<ApplicationFormState> {
  if (formSize(form) > APPLICATION_BODY_LIMIT) return { status: 'invalid', fieldErrors: {}, formError: 'tooLarge', values: {} };
  const input = applicationInputFromFormData(form);
  const hp = form.get(HONEYPOT_FIELD);
  // A bot that filled the honeypot is told it worked (nothing that would tell it what tripped); nothing is stored.
  if (typeof hp === 'string' && hp.trim() !== '') {
    return { status: 'ok', departmentName: (input.departmentName ?? '').trim().slice(0, 160), email: (input.requesterEmail ?? '').trim().slice(0, 254) };
  }
  const values = echoedValues(form);
  const r = await applyForDepartment(db, input, { clientIp: ctx.clientIp });
  if (r.ok) {
    const parsed = applicationSchema.parse(input);
    return { status: 'ok', departmentName: parsed.departmentName, email: parsed.requesterEmail };
  }
  if (r.reason === 'rateLimited') return { status: 'invalid', fieldErrors: {}, formError: 'rateLimited', values };
  return { status: 'invalid', fieldErrors: r.fieldErrors, values };
}
