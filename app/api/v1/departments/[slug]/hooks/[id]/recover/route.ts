/** POST { since }: one more attempt for every failed delivery of the hook since then. */
import { v1Route } from '@/lib/api/route';
import { recover } from '@/lib/api/v1/deliveries';

export const dynamic = 'force-dynamic';
export const POST = v1Route('write', recover);
