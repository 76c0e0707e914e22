'use client';

import { useEffect, useState } from 'react';

/**
 * The current time for relative labels: the server's `initial` during hydration (so the
 * text matches what the server rendered), then the browser's clock, ticking.
 */
export function useNow(initial: number, everyMs = 15_000): number {
  const [now, setNow] = useState(initial);
  useEffect(() => {
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const id = setInterval(tick, everyMs);
    return () => {
      clearTimeout(first);
      clearInterval(id);
    };
  }, [everyMs]);
  return now;
}
