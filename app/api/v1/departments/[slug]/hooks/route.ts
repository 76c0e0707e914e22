/** GET: the department's hooks. POST: create one (write token). See lib/api/v1/openapi.ts. */
import { v1Route } from '@/lib/api/route';
import { createHook, listHooks } from '@/lib/api/v1/hooks';

export const dynamic = 'force-dynamic';
export const GET = v1Route('read', listHooks);
export const POST = v1Route('write', createHook);
