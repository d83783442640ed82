/**
 * Answers from Teams that are costly to ask for on every click and harmless to reuse for a
 * while (a display name, a membership). Every entry lives `ttlMs`; the cache holds at most
 * `maxEntries`, and a full cache drops its oldest entry, which is also the first to expire.
 */
export interface TtlCache<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
}

export function ttlCache<V>(options: { ttlMs: number; maxEntries: number; now?: () => number }): TtlCache<V> {
  const { ttlMs, maxEntries } = options;
  const now = options.now ?? Date.now;
  // Insertion order is expiry order: every entry lives equally long and set() re-inserts.
  const entries = new Map<string, { value: V; expiresAt: number }>();
  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt > now()) return entry.value;
      entries.delete(key);
      return undefined;
    },
    set(key, value) {
      entries.delete(key);
      entries.set(key, { value, expiresAt: now() + ttlMs });
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    },
  };
}
