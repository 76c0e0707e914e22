import { redirect } from 'next/navigation';
import { SignedInFrame } from '@/components/dashboard/signed-in-frame';
import { getViewer } from '@/lib/auth/session';

/**
 * Pages a signed-in person may see even while they must change their password (outside
 * /dashboard, whose layout sends such a person here first).
 */
export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const viewer = await getViewer();
  if (!viewer) redirect('/login?callbackUrl=/account/password');
  return <SignedInFrame viewer={viewer}>{children}</SignedInFrame>;
}
