/** POST: send a test lead (a synthetic lead.created, "test": true) to this hook only. */
import { v1Route } from '@/lib/api/route';
import { testLead } from '@/lib/api/v1/deliveries';

export const dynamic = 'force-dynamic';
export const POST = v1Route('write', testLead);
