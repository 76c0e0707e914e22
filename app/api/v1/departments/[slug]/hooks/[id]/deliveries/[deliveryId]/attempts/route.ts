/** GET: the delivery's attempts. POST: redeliver (a new attempt under the same webhook-id). */
import { v1Route } from '@/lib/api/route';
import { listAttempts, redeliver } from '@/lib/api/v1/deliveries';

export const dynamic = 'force-dynamic';
export const GET = v1Route('read', listAttempts);
export const POST = v1Route('write', redeliver);
