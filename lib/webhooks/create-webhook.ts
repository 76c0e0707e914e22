/**
 * Creates a department's webhook: validates (zod + SSRF rules), stores the secret encrypted,
 * links the programs it covers, audits, and sends a `ping` — one transaction. The plain
 * secret is returned once, here, and never again except through an audited reveal.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { programs, webhookPrograms, webhooks } from '../../db/schema';
import { recordAudit, type Actor } from '../audit/record-audit';
import { currentSsrfOptions } from '../delivery/ssrf-policy';
import { wakeAfterCommit } from '../delivery/wake';
import { encryptSecret } from '../secrets/crypto';
import { generateWebhookSecret } from '../secrets/webhook-secret';
import { sealCustomHeaders } from './custom-headers';
import { planPing } from './send-ping';
import { validateWebhookUrl, webhookFieldErrors, webhookInputSchema, type WebhookFieldErrors, type WebhookInput } from './webhook-schema';

export type WebhookRow = typeof webhooks.$inferSelect;

export type CreateWebhookResult =
  | { ok: true; webhook: WebhookRow; secret: string; pingDeliveryId: string }
  | { ok: false; error: 'invalid'; fieldErrors: WebhookFieldErrors };

/** Parses raw input and applies the checks that need the database or the live allowlist. */
export async function checkWebhookInput(
  db: Db,
  departmentId: string,
  raw: unknown,
): Promise<{ ok: true; input: WebhookInput } | { ok: false; error: 'invalid'; fieldErrors: WebhookFieldErrors }> {
  const parsed = webhookInputSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: webhookFieldErrors(parsed.error) };
  const input = parsed.data;
  const urlError = validateWebhookUrl(input.url, await currentSsrfOptions());
  if (urlError) return { ok: false, error: 'invalid', fieldErrors: { url: urlError } };
  if (!input.sslVerify && !input.url.toLowerCase().startsWith('https:')) input.sslVerify = true;
  if (!input.allPrograms) {
    if (input.programIds.length === 0) return { ok: false, error: 'invalid', fieldErrors: { programIds: 'chooseProgram' } };
    const own = await db
      .select({ id: programs.id })
      .from(programs)
      .where(and(eq(programs.departmentId, departmentId), inArray(programs.id, input.programIds)));
    if (own.length !== new Set(input.programIds).size) return { ok: false, error: 'invalid', fieldErrors: { programIds: 'programUnavailable' } };
  }
  return { ok: true, input };
}

/** The columns a create and an edit both write from the form's input (the secret and the version each handle their own way). */
export function webhookColumns(input: WebhookInput) {
  return {
    url: input.url,
    description: input.description,
    contentType: input.contentType,
    verification: input.verification,
    events: input.events,
    allPrograms: input.allPrograms,
    sslVerify: input.sslVerify,
    customHeaders: sealCustomHeaders(input.customHeaders),
    ordered: input.ordered,
    active: input.active,
    maxInFlight: input.maxInFlight,
  };
}

export async function createWebhook(db: Db, departmentId: string, raw: unknown, actor: Actor): Promise<CreateWebhookResult> {
  const checked = await checkWebhookInput(db, departmentId, raw);
  if (!checked.ok) return checked;
  const input = checked.input;
  const secret = input.secret || generateWebhookSecret();

  const { webhook, ping } = await db.transaction(async (tx) => {
    const [webhook] = await tx
      .insert(webhooks)
      .values({
        departmentId,
        ...webhookColumns(input),
        envelopeVersion: input.envelopeVersion ?? null,
        secretCiphertext: encryptSecret(secret),
        createdBy: actor.userId ?? null,
      })
      .returning();
    if (!webhook) throw new Error('webhook insert returned nothing');
    if (!input.allPrograms) {
      await tx.insert(webhookPrograms).values([...new Set(input.programIds)].map((programId) => ({ webhookId: webhook.id, programId })));
    }
    await recordAudit(tx, actor, {
      action: 'webhook.created',
      departmentId,
      targetType: 'webhook',
      targetId: webhook.id,
      details: { url: input.url, events: input.events, contentType: input.contentType, maxInFlight: input.maxInFlight },
    });
    const ping = await planPing(tx, webhook.id);
    return { webhook, ping };
  });
  await wakeAfterCommit([ping]);
  return { ok: true, webhook, secret, pingDeliveryId: ping.id };
}
