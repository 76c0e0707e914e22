/** GET one delivery with its attempts and the latest request and response. */
import { v1Route } from '@/lib/api/route';
import { getDelivery } from '@/lib/api/v1/deliveries';

export const dynamic = 'force-dynamic';
export const GET = v1Route('read', getDelivery);
