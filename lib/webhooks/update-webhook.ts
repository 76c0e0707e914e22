/** Editing, enabling/disabling and deleting a department's webhook, each audited. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { webhookPrograms, webhooks } from '../../db/schema';
import { recordAudit, type Actor } from '../audit/record-audit';
import { resumeHeldDeliveries } from '../delivery/resume-held';
import { probeCoolingWebhookNow, wakeAfterCommit, type WakeTarget } from '../delivery/wake';
import { encryptSecret } from '../secrets/crypto';
import { checkWebhookInput, webhookColumns } from './create-webhook';

export async function updateWebhook(db: Db, departmentId: string, webhookId: string, raw: unknown, actor: Actor) {
  const checked = await checkWebhookInput(db, departmentId, raw);
  if (!checked.ok) return checked;
  const input = checked.input;
  const resumed = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(webhooks)
      .set({
        ...webhookColumns(input),
        ...(input.envelopeVersion !== undefined ? { envelopeVersion: input.envelopeVersion } : {}),
        // A secret typed into the edit form replaces the current one outright (no overlap).
        ...(input.secret ? { secretCiphertext: encryptSecret(input.secret) } : {}),
        updatedAt: new Date(),
      })
      .where(and(eq(webhooks.id, webhookId), eq(webhooks.departmentId, departmentId)))
      .returning({ id: webhooks.id, active: webhooks.active, disabledAt: webhooks.disabledAt });
    if (!updated) return null;
    // Someone just changed the endpoint (often its URL): a cooling breaker probes it now.
    await probeCoolingWebhookNow(tx, webhookId);
    await tx.delete(webhookPrograms).where(eq(webhookPrograms.webhookId, webhookId));
    if (!input.allPrograms) {
      await tx.insert(webhookPrograms).values([...new Set(input.programIds)].map((programId) => ({ webhookId, programId })));
    }
    await recordAudit(tx, actor, {
      action: 'webhook.updated',
      departmentId,
      targetType: 'webhook',
      targetId: webhookId,
      details: { url: input.url, events: input.events, active: input.active, maxInFlight: input.maxInFlight, secretReplaced: Boolean(input.secret) },
    });
    return updated.active && !updated.disabledAt ? resumeHeldDeliveries(tx, { webhookId }) : ([] as WakeTarget[]);
  });
  if (resumed === null) return { ok: false, error: 'notFound' } as const;
  await wakeAfterCommit(resumed);
  return { ok: true } as const;
}

/**
 * Enable: also clears a disable-by-failure, resumes held deliveries and, if its circuit breaker is
 * open, probes it now (whoever enables it has usually just fixed the endpoint). Disable: holds
 * new attempts.
 */
export async function setWebhookEnabled(db: Db, departmentId: string, webhookId: string, enabled: boolean, actor: Actor) {
  const resumed = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(webhooks)
      .set(enabled ? { active: true, disabledAt: null, disabledReason: null, failingSince: null, updatedAt: new Date() } : { active: false, updatedAt: new Date() })
      .where(and(eq(webhooks.id, webhookId), eq(webhooks.departmentId, departmentId)))
      .returning({ id: webhooks.id });
    if (!row) return null;
    await recordAudit(tx, actor, { action: enabled ? 'webhook.enabled' : 'webhook.deactivated', departmentId, targetType: 'webhook', targetId: webhookId });
    if (!enabled) return [];
    await probeCoolingWebhookNow(tx, webhookId);
    return resumeHeldDeliveries(tx, { webhookId });
  });
  if (resumed === null) return { ok: false, error: 'notFound' } as const;
  await wakeAfterCommit(resumed);
  return { ok: true, resumed: resumed.length } as const;
}

export async function deleteWebhook(db: Db, departmentId: string, webhookId: string, actor: Actor) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .delete(webhooks)
      .where(and(eq(webhooks.id, webhookId), eq(webhooks.departmentId, departmentId)))
      .returning({ id: webhooks.id, url: webhooks.url });
    if (!row) return { ok: false, error: 'notFound' } as const;
    await recordAudit(tx, actor, { action: 'webhook.deleted', departmentId, targetType: 'webhook', targetId: webhookId, details: { url: row.url } });
    return { ok: true } as const;
  });
}
