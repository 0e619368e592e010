export interface Match {
  begin: number;
  end: number;
  keyword: string;
}

/**
 * Aho-Corasick over UTF-16 code units. Written here rather than taken from @monyone/aho-corasick: on this
 * project's input — many short text blocks — that library's per-character string-keyed lookups ran at about
 * 12 MB/s, while this one, with a dense table for the root (where most CJK characters land), runs several
 * times faster (see docs/text-checks.md). Built lazily: a check module may be imported by a host that never
 * runs it.
 */
export class MultiMatcher {
  private readonly keywords: string[];
  private built: Automaton | undefined;

  constructor(keywords: Iterable<string>) {
    this.keywords = [...new Set(keywords)].filter((k) => k.length > 0);
  }

  /** Every occurrence of every keyword (overlapping ones too), ordered by end position. */
  findAll(text: string): Match[] {
    const result: Match[] = [];
    if (this.keywords.length === 0) return result;
    const { root, next, fail, out } = (this.built ??= build(this.keywords));
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let to: number | undefined;
      while (state !== 0 && (to = next[state].get(c)) === undefined) state = fail[state];
      state = state === 0 ? root[c] : to!;
      const found = out[state];
      if (found)
        for (const k of found)
          result.push({ begin: i + 1 - this.keywords[k].length, end: i + 1, keyword: this.keywords[k] });
    }
    return result;
  }
}

interface Automaton {
  /** Root transitions for every code unit (0 = stay at the root). */
  root: Int32Array;
  next: Map<number, number>[];
  fail: Int32Array;
  /** Keyword indices ending at each state, including those reached by failure links. */
  out: (number[] | undefined)[];
}

function build(keywords: readonly string[]): Automaton {
  const next: Map<number, number>[] = [new Map()];
  const out: (number[] | undefined)[] = [undefined];
  keywords.forEach((keyword, k) => {
    let state = 0;
    for (let i = 0; i < keyword.length; i++) {
      const c = keyword.charCodeAt(i);
      let to = next[state].get(c);
      if (to === undefined) {
        to = next.length;
        next.push(new Map());
        out.push(undefined);
        next[state].set(c, to);
      }
      state = to;
    }
    (out[state] ??= []).push(k);
  });
  const fail = new Int32Array(next.length);
  const queue: number[] = [...next[0].values()];
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q];
    for (const [c, to] of next[state]) {
      let f = fail[state];
      while (f !== 0 && !next[f].has(c)) f = fail[f];
      const target = next[f].get(c);
      fail[to] = target !== undefined && target !== to ? target : 0;
      const inherited = out[fail[to]];
      if (inherited) out[to] = [...(out[to] ?? []), ...inherited];
      queue.push(to);
    }
  }
  const root = new Int32Array(65536);
  for (const [c, to] of next[0]) root[c] = to;
  return { root, next, fail, out };
}

/**
 * Keeps the longest of overlapping matches (ties: the earlier one), so "再接再励" wins over a shorter key inside it.
 */
export function longestNonOverlapping(matches: readonly Match[]): Match[] {
  const sorted = [...matches].sort((a, b) => a.begin - b.begin || b.end - a.end);
  const kept: Match[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (last && m.begin < last.end) {
      if (m.end - m.begin > last.end - last.begin) kept[kept.length - 1] = m;
      continue;
    }
    kept.push(m);
  }
  return kept;
}
