/** GET a hook's delivery configuration (GitHub's hooks/{id}/config). */
import { v1Route } from '@/lib/api/route';
import { getHookConfig } from '@/lib/api/v1/hooks';

export const dynamic = 'force-dynamic';
export const GET = v1Route('read', getHookConfig);
