/**
 * The token trie's tables (matcher.ts), on typed arrays rather than Maps keyed by node: a trie of
 * ~100k terms then costs a few MB, and building it leaves no trail of outgrown hash tables.
 *
 * The trie's word edges, (node, word id) → child node, as an open-addressing hash table on typed
 * arrays: 12 bytes a slot, where a Map keyed by `node * 2^22 + id` cost an entry, a share of its
 * backing store and a boxed number per key (the keys outgrow small integers), and its growth left
 * tens of MB of freed backing stores in the heap at start. Child nodes are never 0 (the root), so
 * 0 marks an empty slot.
 */
export class EdgeTable {
  private nodes = new Int32Array(1024);
  private ids = new Int32Array(1024);
  private children = new Int32Array(1024);
  private mask = 1023;
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The child, or 0 when there is no such edge. */
  get(node: number, id: number): number {
    for (let i = slotOf(node, id) & this.mask; ; i = (i + 1) & this.mask) {
      const child = this.children[i]!;
      if (child === 0 || (this.nodes[i] === node && this.ids[i] === id)) return child;
    }
  }

  set(node: number, id: number, child: number): void {
    // At most half full: probes stay short.
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    let i = slotOf(node, id) & this.mask;
    while (this.children[i] !== 0 && !(this.nodes[i] === node && this.ids[i] === id)) i = (i + 1) & this.mask;
    if (this.children[i] === 0) this.count++;
    this.nodes[i] = node;
    this.ids[i] = id;
    this.children[i] = child;
  }

  private grow(): void {
    const { nodes, ids, children } = this;
    const size = (this.mask + 1) * 2;
    this.nodes = new Int32Array(size);
    this.ids = new Int32Array(size);
    this.children = new Int32Array(size);
    this.mask = size - 1;
    this.count = 0;
    for (let i = 0; i < children.length; i++)
      if (children[i] !== 0) this.set(nodes[i]!, ids[i]!, children[i]!);
  }
}

function slotOf(node: number, id: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(id, 0x85ebca6b)) >>> 0;
}

/**
 * A value per trie node, for the few nodes that have one (where terms end): an index per node
 * into a table of distinct values, so the thousands of nodes ending a term of one kind share one
 * entry.
 */
export class NodeValues<T extends object> {
  private index = new Int32Array(1024);
  private readonly values: T[] = [];
  private readonly known = new Map<T, number>();

  get(node: number): T | undefined {
    const i = node < this.index.length ? this.index[node]! : 0;
    return i === 0 ? undefined : this.values[i - 1];
  }

  set(node: number, value: T): void {
    if (node >= this.index.length) {
      const grown = new Int32Array(Math.max(node + 1, this.index.length * 2));
      grown.set(this.index);
      this.index = grown;
    }
    let i = this.known.get(value);
    if (i === undefined) {
      i = this.values.push(value);
      this.known.set(value, i);
    }
    this.index[node] = i;
  }
}
