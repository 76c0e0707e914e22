'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/db/client';
import { platformAction } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/auth/action-result';
import { removeAllowlistEntry } from '@/lib/delivery/allowlist';

/** Remove a range from the SSRF allowlist (platform admins). Field: id. Audited 'allowlist.removed'. */
export const removeAllowlistEntryAction = platformAction({ name: 'removeAllowlistEntryAction' }, async ({ m, actor }, formData): Promise<ActionResult> => {
  const t = m.admin.allowlist.answers;
  const r = await removeAllowlistEntry(db, formData.get('id'), actor);
  if (!r.ok) return { status: 'error', error: 'notFound', message: t.notFound };
  revalidatePath('/admin/allowlist');
  return { status: 'ok', message: t.removed(r.cidr) };
});
