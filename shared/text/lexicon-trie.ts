/**
 * The lexicon as a trie over UTF-16 code units in flat arrays: finding every word that starts at a position
 * walks it without slicing strings or hashing (this runs at every position of every lattice search).
 * Node 0 is the root; a node's children have consecutive numbers and are sorted by code unit.
 */
export class LexiconTrie {
  /** The root's child per code unit (0: none; the root is never a child). */
  private readonly rootChild = new Int32Array(65536);
  /** Per node: the id of the word ending there (-1: none), its first child, how many children. */
  private readonly wordId: Int32Array;
  private readonly firstChild: Int32Array;
  private readonly childCount: Int32Array;
  /** Per node: the code unit leading to it. */
  private readonly unit: Uint16Array;
  readonly longestWord: number;

  constructor(ids: ReadonlyMap<string, number>) {
    interface Draft {
      id: number;
      next: Map<number, Draft>;
    }
    const root: Draft = { id: -1, next: new Map() };
    let longest = 0;
    for (const [w, id] of ids) {
      let node = root;
      for (let k = 0; k < w.length; k++) {
        const code = w.charCodeAt(k);
        let child = node.next.get(code);
        if (!child) node.next.set(code, (child = { id: -1, next: new Map() }));
        node = child;
      }
      node.id = id;
      longest = Math.max(longest, w.length);
    }
    this.longestWord = longest;
    // Breadth first, so that each node's children are numbered one after the other.
    const order: Draft[] = [root];
    const units: number[] = [0];
    for (let i = 0; i < order.length; i++) {
      for (const [code, child] of [...order[i].next].sort((a, b) => a[0] - b[0])) {
        order.push(child);
        units.push(code);
      }
    }
    this.wordId = Int32Array.from(order, (d) => d.id);
    this.unit = Uint16Array.from(units);
    this.firstChild = new Int32Array(order.length);
    this.childCount = new Int32Array(order.length);
    let next = 1;
    order.forEach((d, i) => {
      this.firstChild[i] = next;
      this.childCount[i] = d.next.size;
      next += d.next.size;
    });
    for (let c = this.firstChild[0]; c < this.firstChild[0] + this.childCount[0]; c++) this.rootChild[this.unit[c]] = c;
  }

  /** The child of node along code unit `code`, or 0. */
  private child(node: number, code: number): number {
    if (node === 0) return this.rootChild[code];
    let lo = this.firstChild[node],
      hi = lo + this.childCount[node];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1,
        unit = this.unit[mid];
      if (unit === code) return mid;
      if (unit < code) lo = mid + 1;
      else hi = mid;
    }
    return 0;
  }

  /** LanguageModel.wordsAt: the words starting at text[pos], shortest first, at most as many as the arrays hold. */
  wordsAt(text: string, pos: number, lengths: Int32Array, ids: Int32Array): number {
    let node = 0,
      count = 0;
    for (let k = pos; k < text.length && count < lengths.length; k++) {
      node = this.child(node, text.charCodeAt(k));
      if (node === 0) break;
      const id = this.wordId[node];
      if (id >= 0) {
        lengths[count] = k - pos + 1;
        ids[count++] = id;
      }
    }
    return count;
  }
}
