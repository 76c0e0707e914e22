/**
 * Live delivery changes, fanned out by department. Postgres announces them itself: a
 * statement-level trigger on `deliveries` (db/migrations/0003_delivery_notify.sql) sends one
 * NOTIFY on `puente_deliveries` per department per statement. This module keeps ONE LISTEN
 * connection per server process — started on the first subscriber, cached on globalThis so
 * hot reload does not open another — and hands each notification to the subscribers of that
 * department only. postgres.js re-issues the LISTEN by itself after a lost connection.
 */
import postgres from 'postgres';
import { liveEnv } from '../env';
import { isUuid } from '../params';

export const DELIVERY_CHANNEL = 'puente_deliveries';

export interface DeliveryNotification {
  departmentId: string;
  /** Up to 100 of the deliveries the statement inserted or changed. */
  ids: string[];
  /** How many deliveries of this department the statement touched (may exceed ids.length). */
  count: number;
  op: 'insert' | 'update';
}

export type DeliveryListener = (n: DeliveryNotification) => void;

interface Hub {
  url: string;
  sql: postgres.Sql;
  /** Resolves once LISTEN is in place; rejects if the first connection failed. */
  ready: Promise<void>;
  subscribers: Map<string, Set<DeliveryListener>>;
}

const g = globalThis as unknown as { __puenteDeliveryHub?: Hub };


/** The payload as the trigger builds it; anything else is dropped rather than trusted. */
export function parseDeliveryNotification(payload: string): DeliveryNotification | null {
  let v: unknown;
  try {
    v = JSON.parse(payload);
  } catch {
    return null;
  }
  if (typeof v !== 'object' || v === null) return null;
  const o = v as Record<string, unknown>;
  if (!isUuid(o.departmentId)) return null;
  const ids = Array.isArray(o.ids) ? o.ids.filter((x): x is string => isUuid(x)) : [];
  const count = typeof o.count === 'number' && Number.isFinite(o.count) ? o.count : ids.length;
  const op = o.op === 'insert' ? 'insert' : 'update';
  return { departmentId: o.departmentId, ids, count, op };
}

function dispatch(hub: Hub, payload: string): void {
  const n = parseDeliveryNotification(payload);
  if (!n) return;
  const subs = hub.subscribers.get(n.departmentId);
  if (!subs) return;
  for (const listener of [...subs]) {
    try {
      listener(n);
    } catch (e) {
      console.warn('a delivery notification subscriber threw:', e instanceof Error ? e.message : e);
    }
  }
}

function startHub(url: string): Hub {
  const sql = postgres(url, { max: 1, onnotice: () => {}, connection: { application_name: 'puente-realtime' } });
  const hub: Hub = { url, sql, ready: Promise.resolve(), subscribers: new Map() };
  hub.ready = sql.listen(DELIVERY_CHANNEL, (payload) => dispatch(hub, payload)).then(() => undefined);
  return hub;
}

async function hub(): Promise<Hub> {
  const url = liveEnv('DATABASE_URL');
  if (!url) throw new Error('DATABASE_URL is not set: live delivery updates need Postgres.');
  let h = g.__puenteDeliveryHub;
  if (h && h.url !== url) {
    await stopDeliveryNotifications();
    h = undefined;
  }
  if (!h) {
    h = startHub(url);
    g.__puenteDeliveryHub = h;
  }
  try {
    await h.ready;
  } catch (e) {
    // The first LISTEN failed (database down): forget it, so the next subscriber tries again.
    if (g.__puenteDeliveryHub === h) g.__puenteDeliveryHub = undefined;
    void h.sql.end({ timeout: 1 }).catch(() => {});
    throw e;
  }
  return h;
}

/**
 * Calls `listener` for every change to `departmentId`'s deliveries until the returned
 * function is called. Resolves once the shared LISTEN is in place, so a change committed
 * after this resolves is never missed.
 */
export async function subscribeDeliveries(departmentId: string, listener: DeliveryListener): Promise<() => void> {
  const h = await hub();
  let subs = h.subscribers.get(departmentId);
  if (!subs) {
    subs = new Set();
    h.subscribers.set(departmentId, subs);
  }
  subs.add(listener);
  let done = false;
  return () => {
    if (done) return;
    done = true;
    const s = h.subscribers.get(departmentId);
    s?.delete(listener);
    if (s && s.size === 0) h.subscribers.delete(departmentId);
  };
}

/** How many listeners are attached (all departments); for tests and diagnostics. */
export function deliverySubscriberCount(): number {
  let n = 0;
  for (const s of g.__puenteDeliveryHub?.subscribers.values() ?? []) n += s.size;
  return n;
}

/** Closes the shared LISTEN connection (tests, shutdown). Subscribers are dropped. */
export async function stopDeliveryNotifications(): Promise<void> {
  const h = g.__puenteDeliveryHub;
  g.__puenteDeliveryHub = undefined;
  if (!h) return;
  h.subscribers.clear();
  await h.sql.end({ timeout: 2 }).catch(() => {});
}
