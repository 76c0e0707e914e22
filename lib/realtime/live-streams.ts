/**
 * The delivery log's live streams (server-sent events), bounded. Each open stream holds a
 * socket and a place in the fan-out, so one person may hold at most PUENTE_STREAMS_PER_USER
 * of them (5) and the process at most PUENTE_STREAMS_PER_PROCESS (500); past either, the
 * caller is told to come back later (the route answers 429). A slot is taken before the
 * stream exists and given back exactly once, whatever ends it: the client going away, the
 * consumer cancelling, access being revoked, the client not reading, or the subscription
 * failing to start.
 *
 * Nothing here queries per stream. Notifications come from the one shared LISTEN
 * (delivery-notifications.ts). One timer per process — running only while a stream is open —
 * writes the heartbeat comment to every stream and re-checks every stream's access in ONE
 * query (lib/auth/recheck-access.ts), so a member removed from the department, disabled or
 * signed out by a password reset stops receiving within one interval, as before, at the cost
 * of one query per interval however many streams are open.
 *
 * State lives on globalThis so Next's hot reload does not lose count of open streams.
 */
import { db } from '../../db/client';
import { grantsStillHeld } from '../auth/recheck-access';
import type { DepartmentRole } from '../auth/viewer';
import { env } from '../env';
import { subscribeDeliveries } from './delivery-notifications';

/** What a refused caller is told to wait: a tab closed by then has given its slot back. */
export const STREAM_RETRY_AFTER_SECONDS = 30;

/**
 * Chunks a stream may have queued for a client that does not read them. Past this the client
 * is not keeping up (or not reading on purpose), and buffering more would grow memory without
 * bound: the stream is closed, and a real browser reconnects and refetches once.
 */
export const MAX_QUEUED_CHUNKS = 256;

export interface StreamOwner {
  userId: string;
  /** When the session signed in (ms), as `Viewer.authenticatedAt`. */
  authenticatedAt?: number;
  department: { id: string; slug: string };
  /** The role the stream was granted with; re-checked on every heartbeat. */
  minRole: DepartmentRole;
}

export type StreamLimit = 'user' | 'process';

export type OpenStream =
  | { ok: true; body: ReadableStream<Uint8Array> }
  | { ok: false; limit: StreamLimit; max: number; retryAfterSeconds: number };

interface LiveStream {
  owner: StreamOwner;
  send(chunk: string): void;
  close(): void;
}

interface Registry {
  streams: Set<LiveStream>;
  /** Slots taken, by user: streams open plus those still subscribing. */
  perUser: Map<string, number>;
  slots: number;
  timer: ReturnType<typeof setInterval> | null;
  ticks: number;
  sweeps: number;
  sweeping: Promise<void> | null;
}

const g = globalThis as unknown as { __puenteLiveStreams?: Registry };

function registry(): Registry {
  g.__puenteLiveStreams ??= { streams: new Set(), perUser: new Map(), slots: 0, timer: null, ticks: 0, sweeps: 0, sweeping: null };
  return g.__puenteLiveStreams;
}

/** Takes a slot for `userId`, or says which cap is full. Synchronous, so two requests cannot both take the last one. */
function takeSlot(userId: string): { release: () => void } | { limit: StreamLimit; max: number } {
  const r = registry();
  const e = env();
  const mine = r.perUser.get(userId) ?? 0;
  if (mine >= e.PUENTE_STREAMS_PER_USER) return { limit: 'user', max: e.PUENTE_STREAMS_PER_USER };
  if (r.slots >= e.PUENTE_STREAMS_PER_PROCESS) return { limit: 'process', max: e.PUENTE_STREAMS_PER_PROCESS };
  r.perUser.set(userId, mine + 1);
  r.slots++;
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      const left = (r.perUser.get(userId) ?? 1) - 1;
      if (left > 0) r.perUser.set(userId, left);
      else r.perUser.delete(userId);
      r.slots--;
    },
  };
}

function tick(r: Registry): void {
  r.ticks++;
  const beat = `: heartbeat ${new Date().toISOString()}\n\n`;
  for (const s of [...r.streams]) s.send(beat);
  // One re-check at a time: a slow database makes checks rarer, never piles them up.
  if (r.streams.size > 0 && !r.sweeping) {
    r.sweeping = sweep(r).finally(() => {
      r.sweeping = null;
    });
  }
}

async function sweep(r: Registry): Promise<void> {
  const streams = [...r.streams];
  r.sweeps++;
  let held: boolean[];
  try {
    held = await grantsStillHeld(
      db,
      streams.map((s) => ({
        userId: s.owner.userId,
        departmentId: s.owner.department.id,
        slug: s.owner.department.slug,
        minRole: s.owner.minRole,
        ...(s.owner.authenticatedAt === undefined ? {} : { authenticatedAt: s.owner.authenticatedAt }),
      })),
    );
  } catch {
    // The database is briefly unreachable: keep the streams; the next beat checks again.
    return;
  }
  streams.forEach((s, i) => {
    if (held[i] !== true) s.close();
  });
}

function startTimer(r: Registry): void {
  if (r.timer) return;
  r.timer = setInterval(() => tick(r), env().PUENTE_STREAM_HEARTBEAT_MS);
  // Open streams keep the server alive, not this timer.
  r.timer.unref?.();
}

function stopTimerIfIdle(r: Registry): void {
  if (r.streams.size > 0 || !r.timer) return;
  clearInterval(r.timer);
  r.timer = null;
}

/**
 * A stream of `event: deliveries` for the owner's department (ids only, as the notification
 * carries them), or the cap that refused it. The caller has already checked access
 * (guardDepartment); `signal` is the request's, so a client going away ends the stream.
 * Throws if live updates cannot start (the shared LISTEN failed); the slot is then free again.
 */
export async function openDeliveryStream(owner: StreamOwner, signal: AbortSignal): Promise<OpenStream> {
  const slot = takeSlot(owner.userId);
  if ('limit' in slot) return { ok: false, limit: slot.limit, max: slot.max, retryAfterSeconds: STREAM_RETRY_AFTER_SECONDS };

  const r = registry();
  const encoder = new TextEncoder();
  let controller: ReadableStreamDefaultController<Uint8Array> | null = null;
  let closed = false;
  let unsubscribe: () => void = () => {};

  const send = (chunk: string) => {
    if (closed || !controller) return;
    if ((controller.desiredSize ?? 0) < -MAX_QUEUED_CHUNKS) {
      close();
      return;
    }
    try {
      controller.enqueue(encoder.encode(chunk));
    } catch {
      close();
    }
  };
  const close = () => {
    if (closed) return;
    closed = true;
    r.streams.delete(live);
    unsubscribe();
    slot.release();
    signal.removeEventListener('abort', close);
    stopTimerIfIdle(r);
    try {
      controller?.close();
    } catch {
      // already closed or errored by the client going away
    }
  };
  const live: LiveStream = { owner, send, close };

  try {
    // Subscribe before answering, so nothing committed after the client connected is missed.
    unsubscribe = await subscribeDeliveries(owner.department.id, (n) => send(`event: deliveries\ndata: ${JSON.stringify(n)}\n\n`));
  } catch (e) {
    slot.release();
    throw e;
  }

  const body = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
      // retry: how long the browser waits before reconnecting after a drop.
      send(`retry: 3000\n: connected to ${owner.department.slug}\n\n`);
      if (signal.aborted) {
        close();
        return;
      }
      r.streams.add(live);
      startTimer(r);
      signal.addEventListener('abort', close, { once: true });
    },
    cancel() {
      close();
    },
  });
  return { ok: true, body };
}

/** Counts for tests and diagnostics. */
export function liveStreamStats(userId?: string): { open: number; slots: number; mine: number; ticks: number; sweeps: number; timer: boolean } {
  const r = registry();
  return {
    open: r.streams.size,
    slots: r.slots,
    mine: userId ? (r.perUser.get(userId) ?? 0) : 0,
    ticks: r.ticks,
    sweeps: r.sweeps,
    timer: r.timer !== null,
  };
}

/** Resolves when no access re-check is running (tests: count queries after the last one). */
export async function liveStreamsSettled(): Promise<void> {
  while (registry().sweeping) await registry().sweeping;
}

/** Ends every open stream (shutdown, tests); their slots are given back. */
export function closeAllLiveStreams(): void {
  for (const s of [...registry().streams]) s.close();
}
