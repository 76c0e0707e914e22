/**
 * GET /api/dashboard/[dept]/events — server-sent events: `event: deliveries` whenever a
 * delivery of THIS department is created or changes (a new attempt, a redeliver, …), with
 * `data: {"departmentId","ids","count","op"}` — ids only, never lead data; the page then
 * refetches through the guarded JSON routes. Fed by Postgres LISTEN/NOTIFY through one shared
 * connection per process (lib/realtime). Staff and admins; 401/404 problem+json otherwise.
 * A comment every 15 s keeps proxies from closing the stream, and access is checked again
 * then, so someone removed from the department stops receiving at once.
 */
import type { NextRequest } from 'next/server';
import { db } from '@/db/client';
import { departmentAccess, loadViewer } from '@/lib/auth/viewer';
import { subscribeDeliveries } from '@/lib/realtime/delivery-notifications';
import { guardOrProblem, problem } from '../../_lib/problem';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const HEARTBEAT_MS = 15_000;

export async function GET(request: NextRequest, { params }: { params: Promise<{ dept: string }> }) {
  const { dept } = await params;
  const access = await guardOrProblem(dept, 'staff');
  if ('response' in access) return access.response;
  const { viewer, department } = access.g;

  const encoder = new TextEncoder();
  let cleanup: () => void = () => {};
  let unsubscribe: () => void;
  try {
    // Subscribe before answering, so nothing committed after the client connected is missed.
    unsubscribe = await subscribeDeliveries(department.id, (n) => send(`event: deliveries\ndata: ${JSON.stringify(n)}\n\n`));
  } catch {
    return problem(500, 'Live updates are unavailable; the page falls back to polling.');
  }
  let controllerRef: ReadableStreamDefaultController<Uint8Array> | null = null;
  let closed = false;
  function send(chunk: string) {
    if (closed || !controllerRef) return;
    try {
      controllerRef.enqueue(encoder.encode(chunk));
    } catch {
      cleanup();
    }
  }

  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controllerRef = controller;
      // retry: how long the browser waits before reconnecting after a drop.
      send(`retry: 3000\n: connected to ${department.slug}\n\n`);
      const heartbeat = setInterval(async () => {
        send(`: heartbeat ${new Date().toISOString()}\n\n`);
        try {
          const v = await loadViewer(db, viewer.userId, viewer.authenticatedAt);
          if (!v || !(await departmentAccess(db, v, department.slug, 'staff'))) cleanup();
        } catch {
          // The database is briefly unreachable: keep the stream; the next beat checks again.
        }
      }, HEARTBEAT_MS);
      cleanup = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        unsubscribe();
        request.signal.removeEventListener('abort', cleanup);
        try {
          controller.close();
        } catch {
          // already closed by the client going away
        }
      };
      if (request.signal.aborted) cleanup();
      else request.signal.addEventListener('abort', cleanup, { once: true });
    },
    cancel() {
      cleanup();
    },
  });

  return new Response(stream, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-store, no-transform',
      connection: 'keep-alive',
      // nginx and similar proxies: do not buffer the stream.
      'x-accel-buffering': 'no',
    },
  });
}
