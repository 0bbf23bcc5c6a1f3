import type { LlamaContextSequence } from 'node-llama-cpp';

/**
 * Prefix reuse for the `llama` backend. A context sequence keeps the tokens it evaluated last and
 * their KV state; node-llama-cpp's LlamaChat compares a new prompt with them, erases everything
 * from the first token that differs and evaluates only the rest. The draft prompt starts with
 * the rules and the mailbox's house style (prompt.models.ts), so consecutive drafts of a mailbox
 * prefill only their examples and mail.
 *
 * What stays evaluated is a prefix of the new prompt itself, token for token: nothing of an
 * earlier mail can reach the model's attention. (Between requests the previous prompt stays in
 * the KV memory until the next one overwrites it, in RAM only, as it did when each request
 * cleared the sequence at its start.)
 *
 * `slots` sequences keep up to that many prefixes, an LRU keyed by the prompt's system message
 * (the rules and a mailbox's house style): a prompt goes to the sequence that evaluated its
 * system message last, or else takes the least recently used one (whose tokens still serve as far
 * as they match, e.g. the rules). Each slot costs one context's KV cache, reserved when the
 * context is created. With no slot to keep (`slots` 0), each request clears its one sequence
 * first: the pre-reuse behaviour, kept for comparison (the bench) and as a way out should a
 * model misbehave with reuse.
 */
export class PrefixSlots {
  /** Sequences by prefix key, least recently used first (a Map keeps insertion order). */
  private readonly byKey = new Map<string, LlamaContextSequence>();

  constructor(
    private readonly sequences: readonly LlamaContextSequence[],
    private readonly reuse: boolean,
  ) {
    if (sequences.length === 0) throw new Error('PrefixSlots needs at least one sequence');
  }

  /** Sequences a context needs for `slots` (0 = no reuse, still one sequence to work on). */
  static sequencesFor(slots: number): number {
    return Math.max(1, slots);
  }

  /** The sequence for a prompt whose stable part is `key`, ready to evaluate it. */
  async take(key: string): Promise<LlamaContextSequence> {
    if (!this.reuse) {
      const only = this.sequences[0]!;
      await only.clearHistory();
      return only;
    }
    let sequence = this.byKey.get(key);
    if (sequence) {
      this.byKey.delete(key);
    } else {
      const taken = new Set(this.byKey.values());
      sequence = this.sequences.find((s) => !taken.has(s));
      if (!sequence) {
        const [lruKey, lru] = this.byKey.entries().next().value!;
        this.byKey.delete(lruKey);
        sequence = lru;
      }
    }
    this.byKey.set(key, sequence);
    return sequence;
  }

  /** After a failed or aborted request the sequence's state is not trusted: it starts empty. */
  async forget(sequence: LlamaContextSequence): Promise<void> {
    for (const [key, s] of this.byKey) if (s === sequence) this.byKey.delete(key);
    if (!sequence.disposed) await sequence.clearHistory();
  }
}
