/** GET: the department's leads, newest first (`q` searches; cursor pagination with a Link header). */
import { v1Route } from '@/lib/api/route';
import { listLeads } from '@/lib/api/v1/leads';

export const dynamic = 'force-dynamic';
export const GET = v1Route('read', listLeads);
