/**
 * Department API tokens for REST API v1: created by department admins in the dashboard, shown
 * once (`pnt_` + 32 random bytes, base64url), stored as sha256 only, scoped read or write,
 * optionally expiring, revocable. Creation and revocation are audited; each use stamps
 * `last_used_at` (at most once a minute, so reads stay cheap).
 */
import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { apiTokens, departments, users } from '../../db/schema';
import { recordAudit, type Actor } from '../audit/record-audit';

export const TOKEN_PREFIX = 'pnt_';
export const API_TOKEN_SCOPES = ['read', 'write'] as const;
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];
/** Choices offered for a new token's lifetime, in days; null: never expires. */
export const TOKEN_LIFETIMES = [7, 30, 90, 365, null] as const;
const TOKEN_RE = /^pnt_[A-Za-z0-9_-]{43}$/;

export function hashApiToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export const apiTokenInputSchema = z.object({
  name: z.string().trim().min(1, 'required').max(80, 'tooLong'),
  scope: z.enum(API_TOKEN_SCOPES, { error: 'chooseScope' }),
  /** Days until it expires; "never" for no expiry. */
  expiresIn: z.enum(['7', '30', '90', '365', 'never'], { error: 'chooseLifetime' }),
});
export type ApiTokenInput = z.infer<typeof apiTokenInputSchema>;

export interface ApiTokenView {
  id: string;
  name: string;
  scope: ApiTokenScope;
  prefix: string;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  createdByEmail: string | null;
}

/** Creates a token and answers it once, in full; only its hash is kept. */
export async function createApiToken(db: Db, departmentId: string, input: ApiTokenInput, actor: Actor, now = new Date()): Promise<{ token: string; view: ApiTokenView }> {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const expiresAt = input.expiresIn === 'never' ? null : new Date(now.getTime() + Number(input.expiresIn) * 86_400_000);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({
        departmentId,
        name: input.name,
        scope: input.scope,
        tokenHash: hashApiToken(token),
        prefix: token.slice(0, TOKEN_PREFIX.length + 6),
        createdBy: actor.userId ?? null,
        createdAt: now,
        expiresAt,
      })
      .returning();
    await recordAudit(tx, actor, {
      action: 'api_token.created',
      departmentId,
      targetType: 'api_token',
      targetId: row!.id,
      details: { name: input.name, scope: input.scope, prefix: row!.prefix, expiresAt: expiresAt?.toISOString() ?? null },
    });
    return { token, view: { ...viewOf(row!), createdByEmail: actor.email ?? null } };
  });
}

function viewOf(row: typeof apiTokens.$inferSelect): Omit<ApiTokenView, 'createdByEmail'> {
  return {
    id: row.id,
    name: row.name,
    scope: row.scope,
    prefix: row.prefix,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
    lastUsedAt: row.lastUsedAt,
  };
}

export async function listApiTokens(db: Db, departmentId: string): Promise<ApiTokenView[]> {
  const rows = await db
    .select({ token: apiTokens, createdByEmail: users.email })
    .from(apiTokens)
    .leftJoin(users, eq(users.id, apiTokens.createdBy))
    .where(eq(apiTokens.departmentId, departmentId))
    .orderBy(desc(apiTokens.createdAt));
  return rows.map((r) => ({ ...viewOf(r.token), createdByEmail: r.createdByEmail }));
}

/** Revokes a live token of this department; false when there is none (another department's id answers the same). */
export async function revokeApiToken(db: Db, departmentId: string, tokenId: string, actor: Actor, now = new Date()): Promise<boolean> {
  if (!z.uuid().safeParse(tokenId).success) return false;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: now })
      .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.departmentId, departmentId), isNull(apiTokens.revokedAt)))
      .returning();
    if (!row) return false;
    await recordAudit(tx, actor, { action: 'api_token.revoked', departmentId, targetType: 'api_token', targetId: row.id, details: { name: row.name, prefix: row.prefix } });
    return true;
  });
}

export interface AuthenticatedToken {
  id: string;
  name: string;
  prefix: string;
  scope: ApiTokenScope;
  department: { id: string; slug: string; name: string; status: 'pending' | 'approved' | 'rejected' | 'suspended' };
}

export type TokenCheck = { ok: true; token: AuthenticatedToken } | { ok: false; reason: 'missing' | 'malformed' | 'unknown' | 'revoked' | 'expired' };

/** Reads `Authorization: Bearer pnt_…` and finds its live token. */
export async function authenticateApiToken(db: Db, authorization: string | null, now = new Date()): Promise<TokenCheck> {
  if (!authorization) return { ok: false, reason: 'missing' };
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!m || !TOKEN_RE.test(m[1]!)) return { ok: false, reason: 'malformed' };
  const [row] = await db
    .select({ token: apiTokens, department: { id: departments.id, slug: departments.slug, name: departments.name, status: departments.status } })
    .from(apiTokens)
    .innerJoin(departments, eq(departments.id, apiTokens.departmentId))
    .where(eq(apiTokens.tokenHash, hashApiToken(m[1]!)));
  if (!row) return { ok: false, reason: 'unknown' };
  if (row.token.revokedAt) return { ok: false, reason: 'revoked' };
  if (row.token.expiresAt && row.token.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired' };
  if (!row.token.lastUsedAt || now.getTime() - row.token.lastUsedAt.getTime() > 60_000) {
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.token.id));
  }
  const t = row.token;
  return { ok: true, token: { id: t.id, name: t.name, prefix: t.prefix, scope: t.scope, department: row.department } };
}

/** Who the audit log names for an act made with a token. */
export function tokenActor(token: AuthenticatedToken, ip: string): Actor {
  return { userId: null, email: `api:${token.prefix}… (${token.name})`, ip };
}
