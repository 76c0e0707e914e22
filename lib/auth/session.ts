/** The signed-in viewer for server components, actions and route handlers. */
import 'server-only';
import { getServerSession } from 'next-auth/next';
import { db } from '../../db/client';
import { authOptions } from './auth-options';
import { loadViewer, type Viewer } from './viewer';

export async function getViewer(): Promise<Viewer | null> {
  const session = (await getServerSession(authOptions())) as { uid?: string; authAt?: number } | null;
  if (!session?.uid) return null;
  return loadViewer(db, session.uid, typeof session.authAt === 'number' ? session.authAt : 0);
}
