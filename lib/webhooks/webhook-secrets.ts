/**
 * Secret rotation and reveal. Rotation keeps the previous secret signing for 24 h (both
 * signatures are sent) so a department can switch its receiver without losing a delivery.
 * Every reveal and rotation is audited; the plain secret is never logged.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { webhooks } from '../../db/schema';
import { recordAudit, type Actor } from '../audit/record-audit';
import { decryptSecret, encryptSecret } from '../secrets/crypto';
import { generateWebhookSecret, isValidWebhookSecret } from '../secrets/webhook-secret';

export const ROTATION_OVERLAP_MS = 24 * 3_600_000;

export async function rotateWebhookSecret(
  db: Db,
  departmentId: string,
  webhookId: string,
  actor: Actor,
  opts: { secret?: string; now?: Date } = {},
) {
  if (opts.secret && !isValidWebhookSecret(opts.secret)) return { ok: false, error: 'invalid', fieldErrors: { secret: 'invalidSecret' } } as const;
  const now = opts.now ?? new Date();
  const secret = opts.secret || generateWebhookSecret();
  const previousExpiresAt = new Date(now.getTime() + ROTATION_OVERLAP_MS);
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ ciphertext: webhooks.secretCiphertext })
      .from(webhooks)
      .where(and(eq(webhooks.id, webhookId), eq(webhooks.departmentId, departmentId)))
      .for('update');
    if (!current) return { ok: false, error: 'notFound' } as const;
    await tx
      .update(webhooks)
      .set({ secretCiphertext: encryptSecret(secret), previousSecretCiphertext: current.ciphertext, previousSecretExpiresAt: previousExpiresAt, updatedAt: now })
      .where(eq(webhooks.id, webhookId));
    await recordAudit(tx, actor, {
      action: 'webhook.secret_rotated',
      departmentId,
      targetType: 'webhook',
      targetId: webhookId,
      details: { previousValidUntil: previousExpiresAt.toISOString() },
    });
    return { ok: true, secret, previousValidUntil: previousExpiresAt } as const;
  });
}

export async function revealWebhookSecret(db: Db, departmentId: string, webhookId: string, actor: Actor) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ ciphertext: webhooks.secretCiphertext })
      .from(webhooks)
      .where(and(eq(webhooks.id, webhookId), eq(webhooks.departmentId, departmentId)));
    if (!row) return { ok: false, error: 'notFound' } as const;
    await recordAudit(tx, actor, { action: 'webhook.secret_revealed', departmentId, targetType: 'webhook', targetId: webhookId });
    return { ok: true, secret: decryptSecret(row.ciphertext) } as const;
  });
}
