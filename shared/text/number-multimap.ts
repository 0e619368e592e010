/**
 * Number key → list of values, in flat arrays with open addressing: for keys that are not small integers
 * (readings of 3–4 syllables need 42 bits), a JS Map stores each as a heap number and its lookups cost
 * several times more. Keys must be non-negative integers below 2^53; lists keep insertion order.
 */
export class NumberMultimap<V> {
  private keys: Float64Array;
  private lists: V[][] = [];
  /** Per slot: index into lists, plus one (0: empty slot). */
  private slots: Int32Array;
  private mask: number;

  constructor(capacity = 1024) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.keys = new Float64Array(size);
    this.slots = new Int32Array(size);
    this.mask = size - 1;
  }

  private slotOf(key: number): number {
    const hi = (key / 4294967296) >>> 0,
      lo = key >>> 0;
    let slot = (Math.imul(lo, 0x9e3779b1) ^ Math.imul(hi + 0x7f4a7c15, 0x85ebca6b)) & this.mask;
    while (this.slots[slot] !== 0 && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
    return slot;
  }

  get(key: number): readonly V[] | undefined {
    const slot = this.slotOf(key);
    return this.slots[slot] === 0 ? undefined : this.lists[this.slots[slot] - 1];
  }

  add(key: number, value: V): void {
    const slot = this.slotOf(key);
    if (this.slots[slot] !== 0) {
      this.lists[this.slots[slot] - 1].push(value);
      return;
    }
    this.keys[slot] = key;
    this.lists.push([value]);
    this.slots[slot] = this.lists.length;
    if (this.lists.length * 2 > this.keys.length) this.grow();
  }

  private grow(): void {
    const { keys, slots } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.slots = new Int32Array(keys.length * 2);
    this.mask = keys.length * 2 - 1;
    for (let s = 0; s < keys.length; s++) {
      if (slots[s] === 0) continue;
      const slot = this.slotOf(keys[s]);
      this.keys[slot] = keys[s];
      this.slots[slot] = slots[s];
    }
  }
}
