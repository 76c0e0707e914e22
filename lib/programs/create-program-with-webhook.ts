/**
 * The "new program" form in one step: the program, and — when a webhook URL is given — a
 * webhook that covers just that program (lib/webhooks/create-webhook).
 *
 * Nothing is created unless everything is valid: the program fields and the webhook's URL
 * and secret are all checked first (the webhook with `allPrograms: true`, since the program
 * id does not exist yet), so a bad URL never leaves a program behind. Only then is the
 * program inserted, and the webhook created for `[program.id]`. Should that second step still
 * fail (the SSRF allowlist changed in between, the database went away), the program is
 * removed again, audited, so no half-configured program stays.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { programs } from '../../db/schema';
import { recordAudit, type Actor } from '../audit/record-audit';
import { checkWebhookInput, createWebhook } from '../webhooks/create-webhook';
import type { WebhookFieldErrors } from '../webhooks/webhook-schema';
import { createProgram, type ProgramRow } from './create-program';
import { programFieldErrors, programInputSchema } from './program-schema';

export interface ProgramWebhookInput {
  /** Empty: no webhook. */
  webhookUrl?: unknown;
  /** Empty: a secret is generated. */
  webhookSecret?: unknown;
}

/**
 * Refusals are message keys, like the program schema's: webhookUrl and webhookSecret carry the
 * webhook check's own reasons (lib/webhooks), or `urlOrClearSecret` (a secret without a URL) and
 * `checkWebhook` (refused without a reason). lib/i18n/program-errors.ts turns them into text.
 */
export type CreateProgramWithWebhookResult =
  | { ok: true; program: ProgramRow; webhook: { id: string; url: string; secret: string } | null }
  | { ok: false; error: 'invalid'; fieldErrors: Record<string, string> };

function str(v: unknown): string {
  return typeof v === 'string' ? v.trim() : '';
}

export async function createProgramWithWebhook(db: Db, departmentId: string, raw: Record<string, unknown> & ProgramWebhookInput, actor: Actor): Promise<CreateProgramWithWebhookResult> {
  const url = str(raw.webhookUrl);
  const secret = str(raw.webhookSecret);
  const fieldErrors: Record<string, string> = {};

  const parsed = programInputSchema.safeParse(raw);
  if (!parsed.success) Object.assign(fieldErrors, programFieldErrors(parsed.error));

  if (url || secret) {
    if (!url) fieldErrors.webhookUrl = 'urlOrClearSecret';
    else {
      const checked = await checkWebhookInput(db, departmentId, { url, secret, allPrograms: true });
      if (!checked.ok) {
        const e: WebhookFieldErrors = checked.fieldErrors;
        if (e.url) fieldErrors.webhookUrl = e.url;
        if (e.secret) fieldErrors.webhookSecret = e.secret;
        if (!e.url && !e.secret) fieldErrors.webhookUrl = 'checkWebhook';
      }
    }
  }
  if (!parsed.success || Object.keys(fieldErrors).length > 0) return { ok: false, error: 'invalid', fieldErrors };

  const created = await createProgram(db, departmentId, parsed.data, actor);
  if (!created.ok) return created;
  const program = created.program;
  if (!url) return { ok: true, program, webhook: null };

  try {
    const hook = await createWebhook(db, departmentId, { url, secret, allPrograms: false, programIds: [program.id] }, actor);
    if (hook.ok) return { ok: true, program, webhook: { id: hook.webhook.id, url: hook.webhook.url, secret: hook.secret } };
    await removeProgram(db, departmentId, program.id, actor);
    const e: WebhookFieldErrors = hook.fieldErrors;
    return {
      ok: false,
      error: 'invalid',
      fieldErrors: {
        ...(e.url || !e.secret ? { webhookUrl: e.url ?? 'checkWebhook' } : {}),
        ...(e.secret ? { webhookSecret: e.secret } : {}),
      },
    };
  } catch (err) {
    await removeProgram(db, departmentId, program.id, actor).catch(() => {});
    throw err;
  }
}

/** Undoes the program insert when its webhook could not be created; audited like the insert was. */
async function removeProgram(db: Db, departmentId: string, programId: string, actor: Actor): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .delete(programs)
      .where(and(eq(programs.id, programId), eq(programs.departmentId, departmentId)))
      .returning({ id: programs.id, slug: programs.slug });
    if (!row) return;
    await recordAudit(tx, actor, {
      action: 'program.deleted',
      departmentId,
      targetType: 'program',
      targetId: row.id,
      details: { slug: row.slug, reason: 'webhook creation failed' },
    });
  });
}
