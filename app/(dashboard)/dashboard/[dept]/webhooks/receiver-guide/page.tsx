import { notFound, redirect } from 'next/navigation';
import { guardDepartment } from '@/lib/auth/guard';
import { getStaffI18n } from '@/lib/i18n/server';

/**
 * The old in-app receiver guide's address, kept so old links still work: the department's
 * people are sent to the public guide in their language (/docs/webhooks, /en/docs/webhooks);
 * anyone else gets the same 404 as before, so the address still says nothing about a
 * department to a stranger.
 */
export default async function ReceiverGuidePage({ params }: { params: Promise<{ dept: string }> }) {
  const { dept } = await params;
  const g = await guardDepartment(dept, 'staff');
  if (!g) notFound();
  const { m } = await getStaffI18n(g.viewer);
  redirect(m.api.docs.guide);
}
