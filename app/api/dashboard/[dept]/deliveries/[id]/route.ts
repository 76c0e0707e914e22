/**
 * GET /api/dashboard/[dept]/deliveries/[id][?attempt=<uuid>] — one delivery, its attempts
 * (newest first) and the request/response of the chosen attempt (default: the latest).
 * Staff and admins of the department; 400 for a malformed id, 404 for another department's.
 */
import type { NextRequest } from 'next/server';
import { db } from '@/db/client';
import { isUuid } from '@/lib/params';
import { deliveryDetailForViewer } from '@/lib/delivery/delivery-detail';
import { guardOrProblem, json, problem } from '../../../_lib/problem';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest, { params }: { params: Promise<{ dept: string; id: string }> }) {
  const { dept, id } = await params;
  const access = await guardOrProblem(dept, 'staff');
  if ('response' in access) return access.response;
  if (!isUuid(id)) return problem(400, 'The delivery id is not a UUID.', { invalidParams: ['id'] });
  const attempt = request.nextUrl.searchParams.get('attempt')?.trim() || null;
  if (attempt !== null && !isUuid(attempt)) return problem(400, 'The attempt id is not a UUID.', { invalidParams: ['attempt'] });
  const detail = await deliveryDetailForViewer(db, access.g.department.id, id, attempt);
  if (!detail) return problem(404, 'No such delivery in this department.');
  return json({ ...detail, serverTime: new Date().toISOString() });
}
