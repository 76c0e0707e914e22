/** The signed-in viewer for server components, actions and route handlers. */
import 'server-only';
import { getServerSession } from 'next-auth/next';
// eslint-disable-next-line no-restricted-imports -- React's per-request memo: the layouts, the page and its metadata all ask who is signed in
import { cache } from 'react';
import { db } from '../../db/client';
import { authOptions } from './auth-options';
import { loadViewer, type Viewer } from './viewer';

/**
 * Read once per request in server components (React `cache`): the root layout (for `lang`), the
 * area layout, the page's metadata and the page itself share one lookup. Outside a render (an
 * action, a route handler) every call reads afresh.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = (await getServerSession(authOptions())) as { uid?: string; authAt?: number } | null;
  if (!session?.uid) return null;
  return loadViewer(db, session.uid, typeof session.authAt === 'number' ? session.authAt : 0);
});
