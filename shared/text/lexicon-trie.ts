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
    // Level by level over the words in code-unit order (no object per node: the lexicons have ~10^5–10^6 words).
    // The nodes of depth d are the distinct d-unit prefixes in that order, which is breadth-first order with
    // each node's children numbered one after the other, sorted by code unit.
    const words = [...ids.keys()].sort();
    let longest = 0,
      units = 0;
    for (const w of words) {
      longest = Math.max(longest, w.length);
      units += w.length;
    }
    this.longestWord = longest;
    const wordId = new Int32Array(units + 1).fill(-1);
    const unit = new Uint16Array(units + 1);
    const childCount = new Int32Array(units + 1);
    if (ids.has('')) wordId[0] = ids.get('')!;
    /** The words longer than the depth reached (indexes into words, in order), and the node each has reached. */
    let longer = Int32Array.from(words.keys()).filter((i) => words[i].length > 0);
    const nodeOf = new Int32Array(words.length);
    let nodes = 1;
    for (let depth = 1; longer.length > 0; depth++) {
      let parent = -1,
        code = -1,
        kept = 0;
      for (const i of longer) {
        const w = words[i],
          c = w.charCodeAt(depth - 1);
        if (nodeOf[i] !== parent || c !== code) {
          parent = nodeOf[i];
          code = c;
          unit[nodes] = c;
          childCount[parent]++;
          nodes++;
        }
        nodeOf[i] = nodes - 1;
        if (w.length === depth) wordId[nodes - 1] = ids.get(w)!;
        else longer[kept++] = i;
      }
      longer = longer.subarray(0, kept);
    }
    this.wordId = wordId.slice(0, nodes);
    this.unit = unit.slice(0, nodes);
    this.childCount = childCount.slice(0, nodes);
    this.firstChild = new Int32Array(nodes);
    for (let i = 0, next = 1; i < nodes; next += this.childCount[i++]) this.firstChild[i] = next;
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
