/** GET: the hook's deliveries, newest first, with the dashboard's filters and a Link header. */
import { v1Route } from '@/lib/api/route';
import { listDeliveries } from '@/lib/api/v1/deliveries';

export const dynamic = 'force-dynamic';
export const GET = v1Route('read', listDeliveries);
