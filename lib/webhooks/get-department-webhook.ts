/** One webhook of a department for its page, the secret decrypted only to be masked (`whsec_abcd…wxyz`). */
import type { Queryable } from '../../db/client';
import { getDepartmentWebhookRecord, type WebhookDetail } from '../../db/queries/webhooks';
import { decryptSecret } from '../secrets/crypto';
import { maskSecret } from '../secrets/webhook-secret';

/** Null when missing, malformed or another department's, exactly like the query. */
export async function getDepartmentWebhook(q: Queryable, departmentId: string, webhookId: string, now = new Date()): Promise<WebhookDetail | null> {
  const record = await getDepartmentWebhookRecord(q, departmentId, webhookId, now);
  if (!record) return null;
  const { secretCiphertext, ...rest } = record;
  let secretMasked: string;
  try {
    secretMasked = maskSecret(decryptSecret(secretCiphertext));
  } catch {
    // A key mismatch must not take the page down; the admin can still rotate.
    secretMasked = 'whsec_… (cannot be decrypted with the current key)';
  }
  return { ...rest, secretMasked };
}
