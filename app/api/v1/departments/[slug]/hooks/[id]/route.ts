/** GET, PATCH (only the fields sent change) and DELETE one hook. */
import { v1Route } from '@/lib/api/route';
import { getHook, removeHook, updateHook } from '@/lib/api/v1/hooks';

export const dynamic = 'force-dynamic';
export const GET = v1Route('read', getHook);
export const PATCH = v1Route('write', updateHook);
export const DELETE = v1Route('write', removeHook);
