'use server';

import { revalidatePath } from 'next/cache';
import { logError } from '@/lib/log-error';
import { headers } from 'next/headers';
import { db } from '@/db/client';
import { FORBIDDEN, type ActionResult } from '@/lib/auth/action-result';
import { actorOf, guardPlatformAdmin } from '@/lib/auth/guard';
import { clientIpFrom } from '@/lib/client-ip';
import { removeAllowlistEntry } from '@/lib/delivery/allowlist';

/** Remove a range from the SSRF allowlist (platform admins). Field: id. Audited 'allowlist.removed'. */
export async function removeAllowlistEntryAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const viewer = await guardPlatformAdmin();
  if (!viewer) return FORBIDDEN;
  try {
    const ip = clientIpFrom(await headers());
    const r = await removeAllowlistEntry(db, formData.get('id'), actorOf(viewer, ip));
    if (!r.ok) return { status: 'error', error: 'notFound', message: 'This entry is no longer on the allowlist.' };
    revalidatePath('/admin/allowlist');
    return { status: 'ok', message: `${r.cidr} removed. Webhooks stop reaching it within 15 seconds.` };
  } catch (e) {
    logError('removeAllowlistEntryAction failed', e);
    return { status: 'error', error: 'server', message: 'Something went wrong on our side. Reload the page and try again.' };
  }
}
