/**
 * Coalesces calls made in the same turn of the event loop into one call with all their
 * inputs. Fifty deliveries in flight finish within microseconds of each other; recording them
 * in one statement instead of fifty saves Postgres and the worker most of their per-statement
 * work, while each caller still awaits only its own result.
 */
export function createBatcher<I, O>(flush: (items: I[]) => Promise<O[]>, maxSize = 200): (item: I) => Promise<O> {
  let pending: { item: I; resolve: (o: O) => void; reject: (e: unknown) => void }[] = [];
  let scheduled = false;

  const run = () => {
    scheduled = false;
    const batch = pending;
    pending = [];
    if (batch.length === 0) return;
    flush(batch.map((b) => b.item)).then(
      (outs) => batch.forEach((b, i) => b.resolve(outs[i] as O)),
      (err: unknown) => batch.forEach((b) => b.reject(err)),
    );
  };

  return (item) =>
    new Promise<O>((resolve, reject) => {
      pending.push({ item, resolve, reject });
      if (pending.length >= maxSize) run();
      else if (!scheduled) {
        scheduled = true;
        setImmediate(run);
      }
    });
}
