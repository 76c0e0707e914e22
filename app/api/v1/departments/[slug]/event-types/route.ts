/** GET: the events a hook can subscribe to. */
import { v1Route } from '@/lib/api/route';
import { listEventTypes } from '@/lib/api/v1/leads';

export const dynamic = 'force-dynamic';
export const GET = v1Route('read', listEventTypes);
