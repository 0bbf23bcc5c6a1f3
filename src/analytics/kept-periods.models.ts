/**
 * Decoded periods of the rollups kept in memory, bounded by their size in bytes. A period is
 * kept under the rollups' versions of the mailboxes it comes from: a refresh that writes a
 * mailbox's rows makes every period holding that mailbox's older version useless, so they are
 * dropped as soon as a period of the new version is kept (their memory is not held until the
 * budget pushes them out). Beyond that the least recently read go first; the newest period is
 * always kept, even alone over the budget.
 */

interface Entry<T> {
  value: T;
  bytes: number;
  /** Mailbox id → rollups version the value was decoded from. */
  versions: ReadonlyMap<number, number>;
}

export interface KeptPeriods<T> {
  get(key: string): T | undefined;
  keep(key: string, value: T, bytes: number, versions: ReadonlyMap<number, number>): void;
  /** Bytes held, and reads served (hits) or decoded (misses) since the store was opened. */
  stats(): { bytes: number; entries: number; hits: number; misses: number };
}

export function keptPeriods<T>(budgetBytes: number): KeptPeriods<T> {
  // A Map iterates in insertion order: re-inserting on each read keeps it least recent first.
  const entries = new Map<string, Entry<T>>();
  let bytes = 0;
  let hits = 0;
  let misses = 0;
  const drop = (key: string) => {
    bytes -= entries.get(key)?.bytes ?? 0;
    entries.delete(key);
  };
  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) {
        misses++;
        return undefined;
      }
      hits++;
      entries.delete(key);
      entries.set(key, entry);
      return entry.value;
    },
    keep(key, value, size, versions) {
      for (const [k, e] of entries)
        if ([...versions].some(([id, v]) => e.versions.has(id) && e.versions.get(id) !== v)) drop(k);
      drop(key);
      entries.set(key, { value, bytes: size, versions });
      bytes += size;
      for (const k of entries.keys()) {
        if (bytes <= budgetBytes || k === key) break;
        drop(k);
      }
    },
    stats: () => ({ bytes, entries: entries.size, hits, misses }),
  };
}
