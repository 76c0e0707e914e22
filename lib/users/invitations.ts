/**
 * Invitations: how people join a department. A department admin creates one for an email
 * and a role; the link (/invite/<token>) is shown once to copy. Only sha256(token) is stored,
 * so the database alone cannot be used to join. Accepting is single use (one conditional
 * UPDATE decides between concurrent tries), only by the invited email, and only into the
 * department written on the invitation — nothing the person sends can name another one.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { departments, invitations, memberships, users } from '../../db/schema';
import { recordAudit, type Actor } from '../audit/record-audit';
import { hashPassword } from '../auth/passwords';
import { env } from '../env';
import { isUuid } from './ids';
import { fieldErrorsOf, invitationInputSchema, newAccountSchema, type FieldErrors, type MemberRole, type UserErrorCode } from './user-schemas';

const DAY_MS = 24 * 3600_000;
const TOKEN_RE = /^[A-Za-z0-9_-]{43}$/;

export function invitationTtlMs(): number {
  return env().INVITATION_EXPIRY_DAYS * DAY_MS;
}

export function newInvitationToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function invitationPath(token: string): string {
  return `/invite/${token}`;
}

function isUniqueViolation(e: unknown, constraint?: string): boolean {
  for (let x: unknown = e; x && typeof x === 'object'; x = (x as { cause?: unknown }).cause) {
    const err = x as { code?: string; constraint_name?: string };
    if (err.code === '23505' && (!constraint || err.constraint_name === constraint)) return true;
  }
  return false;
}

// ---------------------------------------------------------------- create & revoke

export type CreateInvitationResult =
  | { ok: true; invitationId: string; email: string; role: MemberRole; expiresAt: Date; token: string; path: string }
  | { ok: false; error: 'invalid'; fieldErrors: FieldErrors };

/**
 * A new invitation to `departmentId`. Refuses an email that is already a member, or that has
 * a pending invitation (revoke it to make a new link: the old one was shown only once).
 */
export async function createInvitation(
  db: Db,
  departmentId: string,
  raw: unknown,
  actor: Actor,
  opts: { now?: Date; ttlMs?: number } = {},
): Promise<CreateInvitationResult> {
  const parsed = invitationInputSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: fieldErrorsOf(parsed.error) };
  const { email, role } = parsed.data;
  const now = opts.now ?? new Date();
  const expiresAt = new Date(now.getTime() + (opts.ttlMs ?? invitationTtlMs()));
  const token = newInvitationToken();

  return db.transaction(async (tx) => {
    // Serialises invitations of one department, so two admins cannot both pass the checks below.
    await tx.execute(sql`select id from departments where id = ${departmentId} for update`);
    const [member] = await tx
      .select({ userId: memberships.userId })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.departmentId, departmentId), sql`lower(${users.email}) = ${email}`));
    if (member) return { ok: false, error: 'invalid', fieldErrors: { email: 'alreadyMember' satisfies UserErrorCode } } as const;
    const [pending] = await tx
      .select({ id: invitations.id })
      .from(invitations)
      .where(and(eq(invitations.departmentId, departmentId), sql`lower(${invitations.email}) = ${email}`, ...pendingAt(now)));
    if (pending) {
      return { ok: false, error: 'invalid', fieldErrors: { email: 'alreadyInvited' satisfies UserErrorCode } } as const;
    }
    const [row] = await tx
      .insert(invitations)
      .values({ departmentId, email, role, tokenHash: hashInvitationToken(token), invitedBy: actor.userId ?? null, expiresAt, createdAt: now })
      .returning({ id: invitations.id });
    if (!row) throw new Error('invitation insert returned nothing');
    await recordAudit(tx, actor, {
      action: 'invitation.created',
      departmentId,
      targetType: 'invitation',
      targetId: row.id,
      details: { email, role, expiresAt: expiresAt.toISOString() },
    });
    return { ok: true, invitationId: row.id, email, role, expiresAt, token, path: invitationPath(token) } as const;
  });
}

function pendingAt(now: Date) {
  return [isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, now)];
}

/** Revokes a pending invitation of this department; anything else (used, expired, another department's) is notFound. */
export async function revokeInvitation(
  db: Db,
  departmentId: string,
  invitationId: string,
  actor: Actor,
  opts: { now?: Date } = {},
): Promise<{ ok: true } | { ok: false; error: 'notFound' }> {
  if (!isUuid(invitationId)) return { ok: false, error: 'notFound' };
  const now = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(invitations)
      .set({ revokedAt: now })
      .where(and(eq(invitations.id, invitationId), eq(invitations.departmentId, departmentId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
      .returning({ id: invitations.id, email: invitations.email, role: invitations.role });
    if (!row) return { ok: false, error: 'notFound' } as const;
    await recordAudit(tx, actor, {
      action: 'invitation.revoked',
      departmentId,
      targetType: 'invitation',
      targetId: row.id,
      details: { email: row.email, role: row.role },
    });
    return { ok: true } as const;
  });
}

export interface PendingInvitation {
  id: string;
  email: string;
  role: MemberRole;
  expiresAt: Date;
  createdAt: Date;
  invitedByEmail: string | null;
}

/** Invitations of the department not yet accepted, revoked or expired, newest first. */
export async function listPendingInvitations(db: Db, departmentId: string, now: Date = new Date()): Promise<PendingInvitation[]> {
  return db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
      createdAt: invitations.createdAt,
      invitedByEmail: users.email,
    })
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.invitedBy))
    .where(and(eq(invitations.departmentId, departmentId), ...pendingAt(now)))
    .orderBy(desc(invitations.createdAt));
}

// ---------------------------------------------------------------- look up & accept

export type InvitationState = 'pending' | 'accepted' | 'revoked' | 'expired';

export interface InvitationView {
  id: string;
  state: InvitationState;
  email: string;
  role: MemberRole;
  expiresAt: Date;
  department: { id: string; slug: string; name: string };
}

function stateOf(row: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now: Date): InvitationState {
  if (row.acceptedAt) return 'accepted';
  if (row.revokedAt) return 'revoked';
  if (row.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'pending';
}

async function findByToken(q: Db | Tx, token: string, now: Date): Promise<InvitationView | null> {
  if (typeof token !== 'string' || !TOKEN_RE.test(token)) return null;
  const [row] = await q
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
      department: { id: departments.id, slug: departments.slug, name: departments.name },
    })
    .from(invitations)
    .innerJoin(departments, eq(departments.id, invitations.departmentId))
    .where(eq(invitations.tokenHash, hashInvitationToken(token)));
  if (!row) return null;
  return { id: row.id, state: stateOf(row, now), email: row.email, role: row.role, expiresAt: row.expiresAt, department: row.department };
}

/** What the invitation page shows: whom it is for, where, and whether it can still be used. Null for an unknown token. */
export async function getInvitationByToken(db: Db, token: string, now: Date = new Date()): Promise<InvitationView | null> {
  return findByToken(db, token, now);
}

/** Whether an account with the invitation's email exists (then the invitee signs in to accept). */
export async function accountExistsFor(db: Db, email: string): Promise<boolean> {
  const [u] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  return Boolean(u);
}

/** Who accepts: a new account (the invitation's email, this name and password) or the signed-in user. */
export type Acceptor = { kind: 'newAccount'; name: unknown; password: unknown; confirm: unknown } | { kind: 'existingUser'; userId: string };

export type AcceptFailure =
  /** Unknown token, or used, revoked or expired: the link cannot be used any more. */
  | { ok: false; error: 'unavailable'; state: InvitationState | 'unknown' }
  | { ok: false; error: 'invalid'; fieldErrors: FieldErrors }
  /** A new account was asked for, but this email already has one: sign in to accept. */
  | { ok: false; error: 'accountExists' }
  /** The signed-in user is not the invited email (or is disabled). */
  | { ok: false; error: 'wrongAccount'; invitedEmail: string }
  | { ok: false; error: 'alreadyMember'; department: { slug: string; name: string } };

export type AcceptResult = { ok: true; userId: string; email: string; role: MemberRole; department: { id: string; slug: string; name: string } } | AcceptFailure;

class Abort extends Error {
  constructor(readonly result: AcceptFailure) {
    super(result.error);
  }
}

/**
 * Accepts an invitation, once: creates or reuses the user and the membership in the invited
 * department only, and audits — one transaction. Expired, used and revoked links all fail
 * with `unavailable` (with the state, so the page can say which).
 */
export async function acceptInvitation(db: Db, token: string, acceptor: Acceptor, opts: { now?: Date; ip?: string | null } = {}): Promise<AcceptResult> {
  const now = opts.now ?? new Date();
  const before = await findByToken(db, token, now);
  if (!before) return { ok: false, error: 'unavailable', state: 'unknown' };
  if (before.state !== 'pending') return { ok: false, error: 'unavailable', state: before.state };

  // Validate and hash outside the transaction: bcrypt is slow and must not hold row locks.
  let account: { name: string; passwordHash: string } | null = null;
  if (acceptor.kind === 'newAccount') {
    const parsed = newAccountSchema.safeParse({ name: acceptor.name, password: acceptor.password, confirm: acceptor.confirm });
    if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: fieldErrorsOf(parsed.error) };
    if (await accountExistsFor(db, before.email)) return { ok: false, error: 'accountExists' };
    account = { name: parsed.data.name, passwordHash: await hashPassword(parsed.data.password) };
  }

  try {
    return await db.transaction(async (tx) => {
      let user: { id: string; email: string };
      if (acceptor.kind === 'existingUser') {
        const [u] = await tx.select({ id: users.id, email: users.email, disabledAt: users.disabledAt }).from(users).where(eq(users.id, acceptor.userId));
        if (!u || u.disabledAt || u.email.toLowerCase() !== before.email.toLowerCase()) throw new Abort({ ok: false, error: 'wrongAccount', invitedEmail: before.email });
        user = u;
      } else {
        user = { id: '', email: before.email };
      }

      // The one statement that decides: of concurrent accepts, only the first UPDATE matches.
      const [claimed] = await tx
        .update(invitations)
        .set({ acceptedAt: now })
        .where(and(eq(invitations.id, before.id), ...pendingAt(now)))
        .returning({ id: invitations.id, departmentId: invitations.departmentId, role: invitations.role, email: invitations.email });
      if (!claimed) {
        const again = await findByToken(tx, token, now);
        throw new Abort({ ok: false, error: 'unavailable', state: again?.state ?? 'unknown' });
      }

      if (account) {
        const [created] = await tx
          .insert(users)
          .values({ email: claimed.email, name: account.name, passwordHash: account.passwordHash })
          .returning({ id: users.id, email: users.email });
        if (!created) throw new Error('user insert returned nothing');
        user = created;
      }

      const [joined] = await tx
        .insert(memberships)
        .values({ userId: user.id, departmentId: claimed.departmentId, role: claimed.role })
        .onConflictDoNothing()
        .returning({ userId: memberships.userId });
      if (!joined) throw new Abort({ ok: false, error: 'alreadyMember', department: before.department });

      await recordAudit(
        tx,
        { userId: user.id, email: user.email, ip: opts.ip ?? null },
        {
          action: 'invitation.accepted',
          departmentId: claimed.departmentId,
          targetType: 'invitation',
          targetId: claimed.id,
          details: { role: claimed.role, newAccount: account !== null },
        },
      );
      return { ok: true, userId: user.id, email: user.email, role: claimed.role, department: before.department } as const;
    });
  } catch (e) {
    if (e instanceof Abort) return e.result;
    // Someone made an account with this email between our check and the insert.
    if (isUniqueViolation(e, 'users_email_key')) return { ok: false, error: 'accountExists' };
    throw e;
  }
}
