/**
 * A Map that keeps at most `max` entries, dropping the oldest first: for values the hot path
 * derives again and again from the same key (a webhook's decrypted secret, its signing key, an
 * event's rendered envelope). The key must change whenever the value would (e.g. a ciphertext,
 * not a webhook id), so an entry is never stale, only evicted.
 */
export interface BoundedCache<K, V> {
  /** The cached value for `key`, or `make()`'s, kept for next time. */
  get(key: K, make: () => V): V;
}

export function boundedCache<K, V>(max: number): BoundedCache<K, V> {
  const entries = new Map<K, V>();
  return {
    get(key, make) {
      if (entries.has(key)) return entries.get(key) as V;
      const value = make();
      if (entries.size >= max) entries.delete(entries.keys().next().value as K);
      entries.set(key, value);
      return value;
    },
  };
}
