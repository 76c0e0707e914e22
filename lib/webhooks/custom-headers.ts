/**
 * A webhook's custom headers at rest: the value of every credential-like header
 * (lib/webhooks/sensitive-headers.ts) is stored AES-256-GCM encrypted under
 * PUENTE_ENCRYPTION_KEY, like the signing secret, so a database dump or a query by whoever can
 * read `webhooks` never shows it. Other values stay readable. Only the delivery path opens
 * them, plus the audited reveal for department admins.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { webhooks } from '../../db/schema';
import { recordAudit, type Actor } from '../audit/record-audit';
import { decryptSecret, encryptSecret } from '../secrets/crypto';
import { isSensitiveHeaderName } from './sensitive-headers';

/**
 * `v1.<iv>.<tag>.<ciphertext>` (lib/secrets/crypto.ts: a 12-byte IV and a 16-byte tag, base64url).
 * Only values under credential-like names are ever read this way, and those are always sealed on save.
 */
const SEALED = /^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]*$/;

export function isSealed(value: string): boolean {
  return SEALED.test(value);
}

/** The headers as they are stored: credential-like values encrypted, others as typed. */
export function sealCustomHeaders(headers: Readonly<Record<string, string>>, encrypt: (plain: string) => string = encryptSecret): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) out[name] = isSensitiveHeaderName(name) && !isSealed(value) ? encrypt(value) : value;
  return out;
}

/**
 * The headers as sent: sealed values decrypted. A credential-like value stored before
 * encryption existed (not sealed) is used as it is, until the start-up pass seals it.
 * `decrypt` lets the hot path reuse its cache of decrypted secrets.
 */
export function openCustomHeaders(stored: Readonly<Record<string, string>>, decrypt: (ciphertext: string) => string = decryptSecret): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(stored)) out[name] = isSensitiveHeaderName(name) && isSealed(value) ? decrypt(value) : value;
  return out;
}

/**
 * Seals the credential-like values of webhooks saved before this existed (or before the rule
 * covered their names). Idempotent and cheap: run at every start (lib/runtime/bootstrap.ts).
 * Returns how many webhooks changed.
 */
export async function sealStoredCustomHeaders(db: Db): Promise<number> {
  const rows = await db.select({ id: webhooks.id, customHeaders: webhooks.customHeaders }).from(webhooks);
  let changed = 0;
  for (const r of rows) {
    const sealed = sealCustomHeaders(r.customHeaders);
    if (Object.entries(sealed).every(([k, v]) => r.customHeaders[k] === v)) continue;
    // Only if nobody saved the webhook meanwhile: an edit already stores sealed values.
    const updated = await db
      .update(webhooks)
      .set({ customHeaders: sealed })
      .where(and(eq(webhooks.id, r.id), eq(webhooks.customHeaders, r.customHeaders)))
      .returning({ id: webhooks.id });
    changed += updated.length;
  }
  return changed;
}

export type RevealHeaderResult = { ok: true; value: string } | { ok: false; error: 'notFound' };

/**
 * One custom header's value in clear, for a department admin; each reveal is audited with the
 * header's name (never its value), as for the signing secret.
 */
export async function revealCustomHeader(db: Db, departmentId: string, webhookId: string, headerName: string, actor: Actor): Promise<RevealHeaderResult> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ customHeaders: webhooks.customHeaders })
      .from(webhooks)
      .where(and(eq(webhooks.id, webhookId), eq(webhooks.departmentId, departmentId)));
    const wanted = headerName.trim().toLowerCase();
    const entry = row ? Object.entries(row.customHeaders).find(([name]) => name.toLowerCase() === wanted) : undefined;
    if (!entry) return { ok: false, error: 'notFound' } as const;
    await recordAudit(tx, actor, { action: 'webhook.header_revealed', departmentId, targetType: 'webhook', targetId: webhookId, details: { header: entry[0] } });
    const [name, value] = entry;
    return { ok: true, value: openCustomHeaders({ [name]: value })[name]! } as const;
  });
}
