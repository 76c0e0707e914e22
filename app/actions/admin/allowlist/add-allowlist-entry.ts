'use server';

import { revalidatePath } from 'next/cache';
import { logError } from '@/lib/log-error';
import { headers } from 'next/headers';
import { db } from '@/db/client';
import { FORBIDDEN, type ActionResult } from '@/lib/auth/action-result';
import { actorOf, guardPlatformAdmin } from '@/lib/auth/guard';
import { clientIpFrom } from '@/lib/client-ip';
import { addAllowlistEntry } from '@/lib/delivery/allowlist';

const text = (formData: FormData, key: string) => {
  const v = formData.get(key);
  return typeof v === 'string' ? v : '';
};

/**
 * Add a range to the SSRF allowlist (platform admins). Fields: cidr, reason (both required).
 * Validated by lib/delivery/allowlist's schema and range rules; audited 'allowlist.added'.
 */
export async function addAllowlistEntryAction(_prev: ActionResult<{ cidr: string }>, formData: FormData): Promise<ActionResult<{ cidr: string }>> {
  const viewer = await guardPlatformAdmin();
  if (!viewer) return FORBIDDEN;
  try {
    const ip = clientIpFrom(await headers());
    const r = await addAllowlistEntry(db, { cidr: text(formData, 'cidr'), reason: text(formData, 'reason') }, actorOf(viewer, ip));
    if (!r.ok) return { status: 'error', error: 'invalid', message: 'Check the entry.', fieldErrors: r.fieldErrors };
    revalidatePath('/admin/allowlist');
    return { status: 'ok', data: { cidr: r.entry.cidr }, message: `${r.entry.cidr} added. Webhooks may reach it within 15 seconds.` };
  } catch (e) {
    logError('addAllowlistEntryAction failed', e);
    return { status: 'error', error: 'server', message: 'Something went wrong on our side. Reload the page and try again.' };
  }
}
