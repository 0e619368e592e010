/**
 * Reads a KenLM binary language model (format version 5, as written by build_binary) of the trie kinds:
 * TRIE, QUANT_TRIE, ARRAY_TRIE and QUANT_ARRAY_TRIE — e.g. libime's zh_CN.lm (Debian
 * libime-data-language-model). Layout as in kpu/kenlm lm/binary_format.cc, vocab.cc, search_trie.cc,
 * trie.cc, quantize.cc and bhiksha.cc, little-endian: header, sorted vocabulary hashes, quantization
 * tables, unigram records, bit-packed middle/longest records (next pointers optionally array-compressed),
 * then the vocabulary strings in word-id order (so no MurmurHash is needed to map words to ids).
 * The bit-packed records are decoded once into flat typed arrays; queries then only search sorted ranges.
 */

const MAGIC = 'mmap lm http://kheafield.com/code format version 5\n';
/** Sanity block: magic (padded to 56), 3 floats, 3 uint32, 1 uint64. */
const SANITY_BYTES = 88;
/** FixedWidthParameters: order, probing multiplier, model type, has_vocabulary, search version. */
const PARAMETERS_BYTES = 20;
const TRIE_TYPES = new Set([2, 3, 4, 5]);
const isQuantized = (type: number) => type === 3 || type === 5;
const isArrayCompressed = (type: number) => type === 4 || type === 5;
const LN10 = Math.LN10;

const align8 = (n: number) => Math.ceil(n / 8) * 8;
const requiredBits = (max: number) => (max === 0 ? 0 : Math.floor(Math.log2(max)) + 1);

/** A little-endian bit field of up to 32 bits at bit offset `bit` (KenLM's ReadInt57/ReadInt25). */
function readBits(bytes: Uint8Array, bit: number, width: number): number {
  const at = Math.floor(bit / 8),
    shift = bit - at * 8;
  const low = bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24);
  if (shift + width < 32) return (low >>> shift) & ((1 << width) - 1);
  // Wide fields (unquantized floats): a fifth byte, in doubles.
  return ((low >>> shift) + bytes[at + 4] * 2 ** (32 - shift)) % 2 ** width;
}

/** One level of the reversed trie (level 1 = the last word, level 2 = the word before it, …). */
export interface Level {
  /** Word id of each record (level 1: implicit, the record index). */
  word: Int32Array;
  /** -ln p of the n-gram, and -ln back-off of it as a context. */
  cost: Float32Array;
  backoff: Float32Array;
  /** 1 when the n-gram extends to longer ones (KenLM keeps a "no extension" mark in the back-off). */
  extends: Uint8Array;
  /** Children of record i in the next level: [next[i], next[i + 1]). */
  next: Int32Array;
  /** Record index of the parent in the level above (the n-gram without its earliest word). */
  parent: Int32Array;
}

interface Header {
  order: number;
  type: number;
  counts: number[];
  /** Byte offset of the trie structures (after header and vocabulary hashes). */
  search: number;
}

function readHeader(bytes: Uint8Array, view: DataView): Header {
  const magic = new TextDecoder().decode(bytes.subarray(0, MAGIC.length));
  if (magic !== MAGIC) throw new Error('not a KenLM binary model of format version 5');
  if (view.getFloat32(56, true) !== 0 || view.getFloat32(60, true) !== 1 || view.getUint32(68, true) !== 1) {
    throw new Error('KenLM header sanity values do not match (built on another architecture?)');
  }
  const order = bytes[SANITY_BYTES],
    type = view.getUint32(SANITY_BYTES + 8, true);
  if (!TRIE_TYPES.has(type)) throw new Error(`KenLM model type ${type} is not a trie (only trie models are read)`);
  if (!bytes[SANITY_BYTES + 12])
    throw new Error('KenLM model was built without its vocabulary strings (build_binary -v)');
  const counts = Array.from({ length: order }, (_, i) =>
    Number(view.getBigUint64(SANITY_BYTES + PARAMETERS_BYTES + 8 * i, true)),
  );
  const headerBytes = align8(SANITY_BYTES + PARAMETERS_BYTES + 8 * order);
  // SortedVocabulary: a count, then one 64-bit hash per word (<unk> included).
  return { order, type, counts, search: headerBytes + 8 + 8 * counts[0] };
}

/** ArrayBhiksha::ChopBits: how many high bits of the next pointers the offset array holds. */
function chopBits(maxOffset: number, maxNext: number, configured: number): number {
  const required = requiredBits(maxNext);
  let best = 0,
    lowest = Infinity;
  for (let chop = 0; chop <= Math.min(required, configured); chop++) {
    const change = Math.floor(maxNext / 2 ** (required - chop)) * 64 - maxOffset * chop;
    if (change < lowest) {
      lowest = change;
      best = chop;
    }
  }
  return best;
}

interface Quantization {
  probBits: number;
  backoffBits: number;
  /** Bin centres (log10) per level from 2 on: probabilities, and back-offs (not for the last level). */
  prob: Float32Array[];
  backoff: Float32Array[];
}

/** SeparatelyQuantize: a version byte, the bit counts, then the bin tables of each level from 2 on. */
function readQuantization(
  bytes: Uint8Array,
  view: DataView,
  at: number,
  order: number,
): { quantization: Quantization; end: number } {
  if (bytes[at] !== 2) throw new Error(`KenLM quantization version ${bytes[at]} is not supported`);
  const probBits = bytes[at + 1],
    backoffBits = bytes[at + 2];
  let table = at + 8;
  const floats = (n: number) => {
    const t = Float32Array.from({ length: n }, (_, k) => view.getFloat32(table + 4 * k, true));
    table += 4 * n;
    return t;
  };
  const prob: Float32Array[] = [],
    backoff: Float32Array[] = [];
  for (let level = 2; level < order; level++) {
    prob.push(floats(2 ** probBits));
    backoff.push(floats(2 ** backoffBits));
  }
  prob.push(floats(2 ** probBits));
  return { quantization: { probBits, backoffBits, prob, backoff }, end: table };
}

/** Unigram records: float log10 p, float log10 back-off, uint64 first child; one extra record ends the last range. */
function readUnigrams(view: DataView, at: number, count: number): Level {
  const unigram: Level = {
    word: new Int32Array(0),
    cost: new Float32Array(count),
    backoff: new Float32Array(count),
    extends: new Uint8Array(count),
    next: new Int32Array(count + 1),
    parent: new Int32Array(0),
  };
  for (let w = 0; w <= count; w++) {
    const rec = at + 16 * w;
    unigram.next[w] = view.getUint32(rec + 8, true) + view.getUint32(rec + 12, true) * 2 ** 32;
    if (w === count) break;
    unigram.cost[w] = -view.getFloat32(rec, true) * LN10;
    unigram.backoff[w] = -view.getFloat32(rec + 4, true) * LN10;
    unigram.extends[w] = view.getUint32(rec + 4, true) === 0x80000000 ? 0 : 1;
  }
  return unigram;
}

interface LevelLayout {
  /** Records, and the record count of the next level (0 for the last level). */
  entries: number;
  maxNext: number;
  wordBits: number;
  /** Bits of the next pointer kept in the record; the rest come from `offsets` (array compression). */
  inlineBits: number;
  offsets: number[];
  /** Quantization bins of this level, or undefined for plain floats. */
  probTable: Float32Array | undefined;
  backoffTable: Float32Array | undefined;
  quantization: Quantization | undefined;
}

/**
 * Bit-packed records of one level (trie.cc BitPackedMiddle / BitPackedLongest), from bit `base`: word id,
 * then the values — quantized: back-off code, probability code; plain: a 31-bit non-positive float
 * probability, a float32 back-off — then the low bits of the next pointer (middle levels; one extra record
 * ends the last range). Returns the level and the bits per record.
 */
function readRecords(bytes: Uint8Array, base: number, layout: LevelLayout): { table: Level; totalBits: number } {
  const { entries, maxNext, wordBits, inlineBits, offsets, probTable, backoffTable, quantization } = layout;
  const middle = maxNext > 0;
  const probBits = quantization?.probBits ?? 31,
    backoffBits = middle ? (quantization?.backoffBits ?? 32) : 0;
  const totalBits = wordBits + backoffBits + probBits + (middle ? inlineBits : 0);
  const probAt = wordBits + (quantization ? backoffBits : 0),
    backoffAt = wordBits + (quantization ? 0 : probBits);
  const word = new Int32Array(entries),
    cost = new Float32Array(entries),
    backoff = new Float32Array(middle ? entries : 0);
  const extendsMark = new Uint8Array(middle ? entries : 0),
    next = new Int32Array(middle ? entries + 1 : 0);
  const highUnit = 2 ** inlineBits;
  let high = 0;
  for (let i = 0; i <= entries; i++) {
    const bit = base + i * totalBits;
    if (middle) {
      while (high + 1 < offsets.length && offsets[high + 1] <= i) high++;
      next[i] = high * highUnit + readBits(bytes, bit + wordBits + backoffBits + probBits, inlineBits);
    }
    if (i === entries) break;
    word[i] = readBits(bytes, bit, wordBits);
    const prob = readBits(bytes, bit + probAt, probBits);
    cost[i] = -(probTable ? probTable[prob] : f32(prob + 0x80000000)) * LN10;
    if (middle) {
      const bo = readBits(bytes, bit + backoffAt, backoffBits);
      backoff[i] = -(backoffTable ? backoffTable[bo] : f32(bo)) * LN10;
      // Quantized: bin 0 is "no extension" (-0.0), bin 1 "extends, back-off 0"; plain: the sign of -0.0.
      extendsMark[i] = (backoffTable ? bo === 0 : bo === 0x80000000) ? 0 : 1;
    }
  }
  return { table: { word, cost, backoff, extends: extendsMark, next, parent: new Int32Array(entries) }, totalBits };
}

/** Reads every table; returns the levels, the offset where the vocabulary strings start. */
function readTrie(
  bytes: Uint8Array,
  view: DataView,
  { order, type, counts, search }: Header,
): { levels: Level[]; end: number } {
  let at = search,
    quantization: Quantization | undefined;
  if (isQuantized(type)) ({ quantization, end: at } = readQuantization(bytes, view, at, order));
  const levels = [readUnigrams(view, at, counts[0])];
  at += 16 * (counts[0] + 2);
  const wordBits = requiredBits(counts[0]);
  const pointerBitsConfigured = isArrayCompressed(type) && order > 2 ? bytes[at + 1] : 0;
  for (let level = 2; level <= order; level++) {
    const entries = counts[level - 1],
      maxNext = level === order ? 0 : counts[level];
    // Array-compressed next pointers: the high bits come from a sorted offset array (Bhiksha & Whittaker).
    let inlineBits = requiredBits(maxNext),
      offsets: number[] = [0];
    if (maxNext > 0 && isArrayCompressed(type)) {
      if (bytes[at] !== 0) throw new Error(`KenLM array compression version ${bytes[at]} is not supported`);
      const chop = chopBits(entries + 1, maxNext, pointerBitsConfigured);
      inlineBits -= chop;
      const count = Math.floor(maxNext / 2 ** (requiredBits(maxNext) - chop)) + 1,
        first = align8(at) + 8;
      offsets = Array.from(
        { length: count },
        (_, k) => view.getUint32(first + 8 * k, true) + view.getUint32(first + 8 * k + 4, true) * 2 ** 32,
      );
      at += 8 * (1 + count) + 7;
    }
    const { table, totalBits } = readRecords(bytes, at * 8, {
      entries,
      maxNext,
      wordBits,
      inlineBits,
      offsets,
      quantization,
      probTable: quantization?.prob[level - 2],
      backoffTable: maxNext > 0 ? quantization?.backoff[level - 2] : undefined,
    });
    const parents = levels[level - 2].next;
    for (let p = 0; p + 1 < parents.length; p++) table.parent.fill(p, parents[p], parents[p + 1]);
    levels.push(table);
    at += Math.floor(((1 + entries) * totalBits + 7) / 8) + 8;
  }
  return { levels, end: at };
}

const scratch = new DataView(new ArrayBuffer(4));
function f32(bits: number): number {
  scratch.setUint32(0, bits >>> 0, true);
  return scratch.getFloat32(0, true);
}

/** Vocabulary strings after the tables: NUL-terminated UTF-8, "<unk>" first, then by word id. */
function readWords(bytes: Uint8Array, from: number, count: number): string[] {
  const decoder = new TextDecoder();
  const words: string[] = [];
  let start = from;
  for (let p = from; p < bytes.length && words.length < count; p++) {
    if (bytes[p] === 0) {
      words.push(decoder.decode(bytes.subarray(start, p)));
      start = p + 1;
    }
  }
  if (words[0] !== '<unk>' || words.length !== count)
    throw new Error('KenLM vocabulary strings not where the tables end (unsupported layout or truncated file)');
  return words;
}

/** The levels of the trie (index 0 = unigrams) and the vocabulary by word id. */
export function readKenlm(bytes: Uint8Array): { levels: Level[]; words: string[] } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = readHeader(bytes, view);
  const { levels, end } = readTrie(bytes, view, header);
  return { levels, words: readWords(bytes, end, header.counts[0]) };
}
