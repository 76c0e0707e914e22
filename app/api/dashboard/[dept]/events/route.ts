/**
 * GET /api/dashboard/[dept]/events — server-sent events: `event: deliveries` whenever a
 * delivery of THIS department is created or changes (a new attempt, a redeliver, …), with
 * `data: {"departmentId","ids","count","op"}` — ids only, never lead data; the page then
 * refetches through the guarded JSON routes. Fed by Postgres LISTEN/NOTIFY through one shared
 * connection per process (lib/realtime). Staff and admins; 401/404 problem+json otherwise.
 * Streams are bounded per person and per process (lib/realtime/live-streams.ts): past either
 * cap, 429 problem+json with Retry-After. A comment every PUENTE_STREAM_HEARTBEAT_MS (15 s)
 * keeps proxies from closing the stream, and access is checked again then (one query for all
 * streams), so someone removed from the department stops receiving at once.
 */
import type { NextRequest } from 'next/server';
import { openDeliveryStream } from '@/lib/realtime/live-streams';
import { guardOrProblem, problem } from '../../_lib/problem';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const REFUSALS = {
  user: (max: number) =>
    `You already have ${max} live delivery streams open, the most one person may hold. Close another dashboard tab, or refresh this page to retry.`,
  process: (max: number) =>
    `This server already holds its maximum of ${max} live delivery streams. Refresh the page to see new deliveries, or retry later.`,
};

export async function GET(request: NextRequest, { params }: { params: Promise<{ dept: string }> }) {
  const { dept } = await params;
  // Access first: strangers get 401/404 and never learn, or use up, anyone's stream slots.
  const access = await guardOrProblem(dept, 'staff');
  if ('response' in access) return access.response;
  const { viewer, department } = access.g;

  let opened;
  try {
    opened = await openDeliveryStream(
      {
        userId: viewer.userId,
        ...(viewer.authenticatedAt === undefined ? {} : { authenticatedAt: viewer.authenticatedAt }),
        department: { id: department.id, slug: department.slug },
        minRole: 'staff',
      },
      request.signal,
    );
  } catch {
    return problem(500, 'Live updates are unavailable; the page falls back to polling.');
  }
  if (!opened.ok) {
    const res = problem(429, REFUSALS[opened.limit](opened.max), { limit: opened.limit });
    res.headers.set('retry-after', String(opened.retryAfterSeconds));
    return res;
  }

  return new Response(opened.body, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-store, no-transform',
      connection: 'keep-alive',
      // nginx and similar proxies: do not buffer the stream.
      'x-accel-buffering': 'no',
    },
  });
}
