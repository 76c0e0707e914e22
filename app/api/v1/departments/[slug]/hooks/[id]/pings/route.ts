/** POST: send a ping to the hook. */
import { v1Route } from '@/lib/api/route';
import { ping } from '@/lib/api/v1/deliveries';

export const dynamic = 'force-dynamic';
export const POST = v1Route('write', ping);
