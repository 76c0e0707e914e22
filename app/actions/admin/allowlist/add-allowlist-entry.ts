'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/db/client';
import { platformAction } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/auth/action-result';
import { addAllowlistEntry } from '@/lib/delivery/allowlist';
import { allowlistFieldErrors } from '@/lib/i18n/admin-errors';
import { formString } from '@/lib/users/user-schemas';

/**
 * Add a range to the SSRF allowlist (platform admins). Fields: cidr, reason (both required).
 * Validated by lib/delivery/allowlist's schema and range rules; audited 'allowlist.added'.
 */
export const addAllowlistEntryAction = platformAction({ name: 'addAllowlistEntryAction' }, async ({ m, actor }, formData): Promise<ActionResult<{ cidr: string }>> => {
  const r = await addAllowlistEntry(db, { cidr: formString(formData, 'cidr'), reason: formString(formData, 'reason') }, actor);
  if (!r.ok) return { status: 'error', error: 'invalid', message: m.admin.allowlist.answers.checkEntry, fieldErrors: allowlistFieldErrors(m, r.fieldErrors) };
  revalidatePath('/admin/allowlist');
  return { status: 'ok', data: { cidr: r.entry.cidr }, message: m.admin.allowlist.answers.added(r.entry.cidr) };
});
