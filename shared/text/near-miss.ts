import { isHan } from './cjk.ts';
import { MultiMatcher } from './multi-matcher.ts';

export type EditKind = 'substitute' | 'insert' | 'delete' | 'swap';

/** A string in the text one edit away from a canonical term. */
export interface NearMiss {
  start: number;
  end: number;
  term: string;
  kind: EditKind;
  /** Text index of the edited character (for delete: where the dropped one belongs). */
  at: number;
  /** substitute: [intended, written]; insert: ['', inserted]; delete: [dropped, '']; swap: the two chars. */
  chars: [string, string];
}

export interface NearMissOptions {
  /** Which edits count; substitution is always on. */
  edits: readonly EditKind[];
  /** Final say on a candidate (e.g. "the substituted character must sound or look alike"). */
  accept?: (miss: NearMiss, text: string) => boolean;
  /**
   * For terms where only listed substitutions count (short names: same-sound or similar-shape characters),
   * enumerate them as exact patterns instead of anchoring on a half of one or two characters, which would
   * hit almost everywhere.
   */
  enumerate?: { when(term: string): boolean; substitutes(ch: string): Iterable<string> };
}

type Role =
  | { kind: 'exact'; term: string }
  | { kind: 'prefix' | 'suffix'; term: string }
  | { kind: 'variant'; term: string; edit: 'substitute' | 'delete' | 'swap'; index: number; chars: [string, string] };

/**
 * Finds near misses of canonical terms (terms of 3+ characters): one character substituted, inserted,
 * dropped, or two neighbours swapped. Deletions and swaps are enumerated as exact patterns; substitutions and
 * insertions are found from an intact anchor (the first or last ⌊n/2⌋ characters — one edit can break at
 * most one of them) and verified.
 */
export class NearMissMatcher {
  private readonly roles = new Map<string, Role[]>();
  private readonly matcher: MultiMatcher;

  constructor(
    terms: Iterable<string>,
    private readonly options: NearMissOptions,
  ) {
    const edits = new Set(options.edits);
    for (const term of new Set(terms)) {
      if (term.length < 3) continue;
      this.add(term, { kind: 'exact', term });
      if (options.enumerate?.when(term)) this.addSubstitutions(term, options.enumerate.substitutes);
      else {
        const half = Math.floor(term.length / 2);
        this.add(term.slice(0, half), { kind: 'prefix', term });
        this.add(term.slice(term.length - half), { kind: 'suffix', term });
      }
      for (let i = 0; i < term.length; i++) {
        if (edits.has('delete') && term.length >= 4) {
          this.add(term.slice(0, i) + term.slice(i + 1), {
            kind: 'variant',
            term,
            edit: 'delete',
            index: i,
            chars: [term[i], ''],
          });
        }
        if (edits.has('swap') && i + 1 < term.length && term[i] !== term[i + 1]) {
          this.add(term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2), {
            kind: 'variant',
            term,
            edit: 'swap',
            index: i,
            chars: [term[i], term[i + 1]],
          });
        }
      }
    }
    this.matcher = new MultiMatcher(this.roles.keys());
  }

  find(text: string): NearMiss[] {
    const exact: [number, number][] = [];
    const found = new Map<string, NearMiss>();
    const insert = this.options.edits.includes('insert');
    const consider = (miss: NearMiss) => {
      if (miss.start < 0 || miss.end > text.length) return;
      found.set(`${miss.start}:${miss.end}:${miss.term}`, miss);
    };
    for (const { begin, end, keyword } of this.matcher.findAll(text)) {
      for (const role of this.roles.get(keyword)!) {
        if (role.kind === 'exact') exact.push([begin, end]);
        else if (role.kind === 'variant')
          consider({ start: begin, end, term: role.term, kind: role.edit, at: begin + role.index, chars: role.chars });
        else if (role.kind === 'prefix') {
          verifyForward(text, begin, role.term, insert).forEach(consider);
        } else {
          verifyBackward(text, end, role.term, insert).forEach(consider);
        }
      }
    }
    if (found.size === 0) return [];
    return (
      [...found.values()]
        // A correct term that overlaps the window and reaches outside it means the text is that other term
        // (中华人民共和 + 国 is no deletion), and so does one filling all but one character of it
        // (中华人民共和国 + 法 is no 中华人民共和国宪法 with 宪 dropped); a shorter one inside is just a part.
        .filter(
          (m) =>
            !exact.some(
              ([s, e]) => s < m.end && m.start < e && (s < m.start || e > m.end || e - s >= m.end - m.start - 1),
            ),
        )
        .filter((m) => (m.kind !== 'substitute' && m.kind !== 'insert') || isHan(m.chars[1]))
        .filter((m) => this.options.accept?.(m, text) ?? true)
        .sort((a, b) => a.start - b.start)
    );
  }

  private addSubstitutions(term: string, substitutes: (ch: string) => Iterable<string>): void {
    for (let i = 0; i < term.length; i++) {
      for (const ch of substitutes(term[i])) {
        this.add(term.slice(0, i) + ch + term.slice(i + 1), {
          kind: 'variant',
          term,
          edit: 'substitute',
          index: i,
          chars: [term[i], ch],
        });
      }
    }
  }

  private add(key: string, role: Role): void {
    const list = this.roles.get(key);
    if (list) list.push(role);
    else this.roles.set(key, [role]);
  }
}

/** The term starts at `start` (its first half matched): one substituted or one inserted character after it. */
function verifyForward(text: string, start: number, term: string, insert: boolean): NearMiss[] {
  const out: NearMiss[] = [];
  const n = term.length;
  const diff = firstDiff(text, start, term, 0);
  if (diff < 0) return out;
  if (text.startsWith(term.slice(diff + 1), start + diff + 1) && start + n <= text.length) {
    out.push({
      start,
      end: start + n,
      term,
      kind: 'substitute',
      at: start + diff,
      chars: [term[diff], text[start + diff]],
    });
  }
  if (insert && text.startsWith(term.slice(diff), start + diff + 1)) {
    out.push({ start, end: start + n + 1, term, kind: 'insert', at: start + diff, chars: ['', text[start + diff]] });
  }
  return out;
}

/** The term ends at `end` (its second half matched): one substituted or one inserted character before it. */
function verifyBackward(text: string, end: number, term: string, insert: boolean): NearMiss[] {
  const out: NearMiss[] = [];
  const n = term.length;
  let j = 1;
  while (j <= n && text[end - j] === term[n - j]) j++;
  if (j > n) return out;
  const at = end - j;
  if (at - (n - j) >= 0 && text.startsWith(term.slice(0, n - j), at - (n - j))) {
    out.push({ start: end - n, end, term, kind: 'substitute', at, chars: [term[n - j], text[at]] });
  }
  if (insert && at - (n - j + 1) >= 0 && text.startsWith(term.slice(0, n - j + 1), at - (n - j + 1))) {
    out.push({ start: end - n - 1, end, term, kind: 'insert', at, chars: ['', text[at]] });
  }
  return out;
}

function firstDiff(text: string, start: number, term: string, from: number): number {
  for (let i = from; i < term.length; i++) if (text[start + i] !== term[i]) return i;
  return -1;
}
