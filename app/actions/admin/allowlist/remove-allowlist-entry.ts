'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/db/client';
import { platformAction } from '@/lib/actions/action';
import type { ActionResult } from '@/lib/auth/action-result';
import { removeAllowlistEntry } from '@/lib/delivery/allowlist';

/** Remove a range from the SSRF allowlist (platform admins). Field: id. Audited 'allowlist.removed'. */
export const removeAllowlistEntryAction = platformAction({ name: 'removeAllowlistEntryAction' }, async ({ actor }, formData): Promise<ActionResult> => {
  const r = await removeAllowlistEntry(db, formData.get('id'), actor);
  if (!r.ok) return { status: 'error', error: 'notFound', message: 'This entry is no longer on the allowlist.' };
  revalidatePath('/admin/allowlist');
  return { status: 'ok', message: `${r.cidr} removed. Webhooks stop reaching it within 15 seconds.` };
});
