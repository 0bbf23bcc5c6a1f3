/**
 * The NER tagger's word-class table (lower-cased word → class code) as the model file stores it,
 * sorted words in one string and their codes, with an open-addressing hash index on typed arrays.
 * A Map of ~200k string keys cost ~20 MB of heap (a string object per word and the Map's entries);
 * this costs the words' characters once plus 10 bytes a word. Pure: no I/O.
 */
export interface WordClassLookup extends Iterable<[string, number]> {
  readonly size: number;
  get(word: string): number | undefined;
}

/** FNV-1a over UTF-16 code units: the index and the lookup hash a word the same way. */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export class WordClassTable implements WordClassLookup {
  /** starts[i] .. starts[i + 1] - 1 is word i in `words` (the separator excluded). */
  private readonly starts: Uint32Array;
  /** Word index + 1 per slot, 0 when empty; at most half full. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /**
   * `words`: the words joined by "\n" (none contains one), `codes`: one per word in that order.
   * A word given twice keeps its last code, as a Map would (the file's words are distinct).
   */
  constructor(
    private readonly words: string,
    private readonly codes: Uint16Array,
  ) {
    const n = codes.length;
    this.starts = new Uint32Array(n + 1);
    let at = 0;
    for (let i = 0; i < n; i++) {
      this.starts[i] = at;
      const nl = words.indexOf('\n', at);
      at = nl === -1 ? words.length + 1 : nl + 1;
    }
    this.starts[n] = at;
    let size = 2;
    while (size < n * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let w = 0; w < n; w++) {
      const start = this.starts[w]!;
      const end = this.starts[w + 1]! - 1;
      let i = hashOf(words, start, end) & this.mask;
      while (this.slots[i] !== 0 && !this.equals(this.slots[i]! - 1, words, start, end))
        i = (i + 1) & this.mask;
      this.slots[i] = w + 1;
    }
  }

  get size(): number {
    return this.codes.length;
  }

  get(word: string): number | undefined {
    for (let i = hashOf(word, 0, word.length) & this.mask; ; i = (i + 1) & this.mask) {
      const slot = this.slots[i]!;
      if (slot === 0) return undefined;
      if (this.equals(slot - 1, word, 0, word.length)) return this.codes[slot - 1];
    }
  }

  /** The words in the order they were given, with their codes. */
  *[Symbol.iterator](): IterableIterator<[string, number]> {
    for (let w = 0; w < this.codes.length; w++)
      yield [this.words.slice(this.starts[w], this.starts[w + 1]! - 1), this.codes[w]!];
  }

  private equals(w: number, text: string, start: number, end: number): boolean {
    const from = this.starts[w]!;
    if (this.starts[w + 1]! - 1 - from !== end - start) return false;
    for (let k = 0; k < end - start; k++)
      if (this.words.charCodeAt(from + k) !== text.charCodeAt(start + k)) return false;
    return true;
  }
}
