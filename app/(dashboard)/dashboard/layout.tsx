import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { SignedInFrame } from '@/components/dashboard/signed-in-frame';
import { loginUrl, REQUESTED_PATH_HEADER } from '@/lib/auth/callback-url';
import { getViewer } from '@/lib/auth/session';

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const viewer = await getViewer();
  if (!viewer) redirect(loginUrl((await headers()).get(REQUESTED_PATH_HEADER), '/dashboard'));
  // After an admin reset, changing the password comes before anything else.
  if (viewer.mustChangePassword) redirect('/account/password');
  return <SignedInFrame viewer={viewer}>{children}</SignedInFrame>;
}
