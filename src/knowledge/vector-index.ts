import type { Tx } from '../store/store.js';
import { blobToVector, mailboxEmbeddings } from './knowledge.repository.js';

/**
 * Embeddings of each mailbox in memory, per model, as one contiguous Float32Array: cosine top-K
 * by brute force (vectors are stored normalized, so cosine is a dot product). On the 2-core test
 * machine one search over a mailbox of 25,000 × 384 dims takes ~17 ms (scripts/bench/retrieval.ts,
 * 100,000 conversations in 4 mailboxes). An Int8Array copy was not faster in V8 (no SIMD: 28 ms
 * against 15 ms for float32 in the same run), so no quantization. A mailbox's vectors are
 * loaded from the database on first use, and the learn job calls add() after its transaction has
 * committed, so the index never holds a conversation the database lacks.
 */
export interface VectorHit {
  id: number;
  score: number;
}

export interface VectorIndex {
  /** After commit: a new or re-embedded conversation. Ignored until the mailbox is loaded (the load reads it). */
  add(mailboxId: number, model: string, id: number, vector: Float32Array): void;
  /** After commit: deleted conversations (retention, data-subject erasure). */
  remove(ids: readonly number[]): void;
  search(mailboxId: number, model: string, query: Float32Array, k: number): VectorHit[];
  vectorOf(mailboxId: number, model: string, id: number): Float32Array | undefined;
  size(mailboxId: number, model: string): number;
  /** Forget everything (tests, model change); the next search reloads. */
  clear(): void;
}

interface Shard {
  dim: number;
  count: number;
  /** Conversation id per slot; -1 marks a removed one. */
  ids: Int32Array;
  data: Float32Array;
  slots: Map<number, number>;
}

export function createVectorIndex(deps: { db: Tx }): VectorIndex {
  const shards = new Map<string, Shard>();
  const keyOf = (mailboxId: number, model: string) => `${mailboxId}\u0000${model}`;

  function load(mailboxId: number, model: string): Shard {
    const key = keyOf(mailboxId, model);
    const loaded = shards.get(key);
    if (loaded) return loaded;
    const rows = mailboxEmbeddings(deps.db, mailboxId, model);
    const dim = rows[0]?.dim ?? 0;
    const shard = emptyShard(dim, Math.max(rows.length, 64));
    for (const r of rows) if (r.dim === dim) put(shard, r.id, blobToVector(r.vector));
    shards.set(key, shard);
    return shard;
  }

  return {
    add(mailboxId, model, id, vector) {
      const shard = shards.get(keyOf(mailboxId, model));
      if (!shard) return;
      if (shard.dim === 0) shard.dim = vector.length;
      if (vector.length !== shard.dim) return;
      put(shard, id, vector);
    },

    remove(ids) {
      for (const shard of shards.values()) {
        for (const id of ids) {
          const slot = shard.slots.get(id);
          if (slot === undefined) continue;
          shard.ids[slot] = -1;
          shard.slots.delete(id);
        }
      }
    },

    search(mailboxId, model, query, k) {
      const shard = load(mailboxId, model);
      if (k <= 0 || shard.slots.size === 0 || query.length !== shard.dim) return [];
      return topK(shard, query, k);
    },

    vectorOf(mailboxId, model, id) {
      const shard = load(mailboxId, model);
      const slot = shard.slots.get(id);
      if (slot === undefined) return undefined;
      return shard.data.subarray(slot * shard.dim, (slot + 1) * shard.dim);
    },

    size: (mailboxId, model) => load(mailboxId, model).slots.size,
    clear: () => shards.clear(),
  };
}

function emptyShard(dim: number, capacity: number): Shard {
  return {
    dim,
    count: 0,
    ids: new Int32Array(capacity),
    data: new Float32Array(capacity * Math.max(dim, 1)),
    slots: new Map(),
  };
}

function put(shard: Shard, id: number, vector: Float32Array): void {
  let slot = shard.slots.get(id);
  if (slot === undefined) {
    if (shard.count === shard.ids.length || shard.data.length < (shard.count + 1) * shard.dim) grow(shard);
    slot = shard.count++;
    shard.slots.set(id, slot);
    shard.ids[slot] = id;
  }
  shard.data.set(vector, slot * shard.dim);
}

function grow(shard: Shard): void {
  const capacity = Math.max(64, shard.ids.length * 2);
  const ids = new Int32Array(capacity);
  ids.set(shard.ids.subarray(0, shard.count));
  const data = new Float32Array(capacity * shard.dim);
  data.set(shard.data.subarray(0, shard.count * shard.dim));
  shard.ids = ids;
  shard.data = data;
}

/** Dot products over the contiguous array; the k best kept in a small sorted list. */
function topK(shard: Shard, query: Float32Array, k: number): VectorHit[] {
  const { dim, data, ids, count } = shard;
  const bestScores = new Float64Array(k).fill(Number.NEGATIVE_INFINITY);
  const bestIds = new Int32Array(k).fill(-1);
  let floor = Number.NEGATIVE_INFINITY;
  for (let slot = 0; slot < count; slot++) {
    const id = ids[slot]!;
    if (id < 0) continue;
    const base = slot * dim;
    // Four accumulators: shorter dependency chains, measurably faster in V8 than one sum.
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let d = 0;
    for (; d + 3 < dim; d += 4) {
      s0 += data[base + d]! * query[d]!;
      s1 += data[base + d + 1]! * query[d + 1]!;
      s2 += data[base + d + 2]! * query[d + 2]!;
      s3 += data[base + d + 3]! * query[d + 3]!;
    }
    for (; d < dim; d++) s0 += data[base + d]! * query[d]!;
    const score = s0 + s1 + s2 + s3;
    if (score <= floor) continue;
    let i = k - 1;
    while (i > 0 && bestScores[i - 1]! < score) {
      bestScores[i] = bestScores[i - 1]!;
      bestIds[i] = bestIds[i - 1]!;
      i--;
    }
    bestScores[i] = score;
    bestIds[i] = id;
    floor = bestScores[k - 1]!;
  }
  const out: VectorHit[] = [];
  for (let i = 0; i < k && bestIds[i]! >= 0; i++) out.push({ id: bestIds[i]!, score: bestScores[i]! });
  return out;
}
