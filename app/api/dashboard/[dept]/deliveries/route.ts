/**
 * GET /api/dashboard/[dept]/deliveries — one page of the delivery log as JSON, with the
 * page's filters (`webhook`, `status`, `event`, `program`, `from`, `to`, `cursor`). Staff and
 * admins of the department. A filter that is not valid answers 400 (problem+json).
 */
import type { NextRequest } from 'next/server';
import { db } from '@/db/client';
import { parseDeliveryFilters } from '@/lib/delivery/delivery-filters';
import { listDeliveryLog } from '@/lib/delivery/delivery-log';
import { guardOrProblem, json, problem } from '../../_lib/problem';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest, { params }: { params: Promise<{ dept: string }> }) {
  const { dept } = await params;
  const access = await guardOrProblem(dept, 'staff');
  if ('response' in access) return access.response;
  const { filters, invalid } = parseDeliveryFilters(request.nextUrl.searchParams);
  if (invalid.length > 0) {
    return problem(400, `Invalid query parameter${invalid.length > 1 ? 's' : ''}: ${invalid.join(', ')}.`, { invalidParams: invalid });
  }
  const page = await listDeliveryLog(db, access.g.department.id, filters);
  return json({ ...page, serverTime: new Date().toISOString() });
}
