'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { deliveryKeys } from './api';

export type LiveState = 'connecting' | 'live' | 'polling';

/** Poll this often while the event stream is down. */
export const POLL_MS = 10_000;
/** At most one refetch per this many ms, however fast the engine writes. */
const THROTTLE_MS = 750;

interface Notification {
  departmentId: string;
  ids: string[];
  count: number;
}

/**
 * Opens the department's event stream (/api/dashboard/[dept]/events) and, on each change,
 * invalidates the cached list pages and the details of the deliveries that changed, so
 * TanStack Query refetches them. Bursts are coalesced (leading + trailing, THROTTLE_MS).
 * Returns 'polling' while the stream is down: callers then set refetchInterval to POLL_MS.
 */
export function useDeliveryEvents(dept: string): LiveState {
  const queryClient = useQueryClient();
  const [state, setState] = useState<LiveState>('connecting');
  const pending = useRef<{ ids: Set<string>; all: boolean }>({ ids: new Set(), all: false });
  const last = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    if (typeof EventSource === 'undefined') {
      const t = setTimeout(() => setState('polling'), 0);
      return () => clearTimeout(t);
    }
    const flush = () => {
      timer.current = null;
      last.current = Date.now();
      const { ids, all } = pending.current;
      pending.current = { ids: new Set(), all: false };
      void queryClient.invalidateQueries({ queryKey: [...deliveryKeys.all(dept), 'list'] });
      if (all) void queryClient.invalidateQueries({ queryKey: deliveryKeys.details(dept) });
      else for (const id of ids) void queryClient.invalidateQueries({ queryKey: [...deliveryKeys.details(dept), id] });
    };
    let source: EventSource | null = null;
    let reopen: ReturnType<typeof setTimeout> | null = null;
    const onDeliveries = (e: MessageEvent<string>) => {
      let n: Notification;
      try {
        n = JSON.parse(e.data) as Notification;
      } catch {
        return;
      }
      for (const id of n.ids ?? []) pending.current.ids.add(id);
      if ((n.count ?? 0) > (n.ids?.length ?? 0)) pending.current.all = true;
      if (timer.current) return;
      const wait = Math.max(0, last.current + THROTTLE_MS - Date.now());
      timer.current = setTimeout(flush, wait);
    };
    const open = () => {
      reopen = null;
      const s = new EventSource(`/api/dashboard/${encodeURIComponent(dept)}/events`);
      source = s;
      s.onopen = () => {
        setState('live');
        flushAll();
      };
      s.onerror = () => {
        setState('polling');
        // A network drop is retried by the browser; a refusal (4xx/5xx) closes the stream for good,
        // so try again later ourselves (polling covers the gap).
        if (s.readyState === EventSource.CLOSED && !reopen) reopen = setTimeout(open, 30_000);
      };
      s.addEventListener('deliveries', onDeliveries);
    };
    const flushAll = () => {
      // On every (re)open: whatever changed before the stream was listening (since the page
      // was rendered, or while it was down) is fetched once.
      pending.current.all = true;
      if (timer.current) clearTimeout(timer.current);
      flush();
    };
    open();
    return () => {
      source?.close();
      if (reopen) clearTimeout(reopen);
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
    };
  }, [dept, queryClient]);

  return state;
}
