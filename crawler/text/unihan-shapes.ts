import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** Where Debian's `unicode-data` package puts Unihan (or $GOVCHECK_UNIHAN_DIR). */
export const UNIHAN_DIR = process.env.GOVCHECK_UNIHAN_DIR ?? '/usr/share/unicode';

/** The Unihan fields that describe how a character looks. */
export interface ShapeRecord {
  char: string;
  /** kFourCornerCode without the supplementary digit: 四角号码, one digit per corner (列 1220, 例 2220). */
  fourCorner?: string;
  /** kCangjie: the character's parts, left to right and top to bottom (女 V, 安 JV). */
  cangjie?: string;
  /** kTotalStrokes (the first value: the mainland one). */
  strokes?: number;
  /** kPhonetic: Casey's phonetic series, the component characters share (列/例 814, 完/院 1624). */
  phonetic?: readonly string[];
  /** kGB0: the GB 2312 position, row × 100 + cell; rows 16–55 are level 1 (常用), 56–87 level 2. */
  gb2312?: number;
}

/** A Unihan file, decompressed with the system's bzip2 (no npm package needed for a run-once script). */
function unihanLines(dir: string, name: string): string[] {
  return execFileSync('bzip2', ['-dc', join(dir, `Unihan_${name}.txt.bz2`)], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  }).split('\n');
}

/** Shape records of the GB 2312 characters (6,763: the simplified characters Chinese text is written in). */
export function readShapeRecords(dir = UNIHAN_DIR): ShapeRecord[] {
  const records = new Map<string, ShapeRecord>();
  const record = (codePoint: string) => {
    const char = String.fromCodePoint(parseInt(codePoint.slice(2), 16));
    let r = records.get(char);
    if (!r) records.set(char, (r = { char }));
    return r;
  };
  for (const name of ['DictionaryLikeData', 'IRGSources', 'OtherMappings']) {
    for (const line of unihanLines(dir, name)) {
      const [codePoint, field, value] = line.split('\t');
      if (!codePoint?.startsWith('U+') || value === undefined) continue;
      const first = value.split(' ')[0];
      if (field === 'kFourCornerCode') record(codePoint).fourCorner = first.slice(0, 4);
      else if (field === 'kCangjie') record(codePoint).cangjie = first;
      else if (field === 'kTotalStrokes') record(codePoint).strokes = Number(first);
      else if (field === 'kGB0') record(codePoint).gb2312 = Number(first);
      else if (field === 'kPhonetic') record(codePoint).phonetic = value.split(' ').map((v) => v.replace(/\D+$/, ''));
    }
  }
  return [...records.values()].filter((r) => r.gb2312 !== undefined);
}

/** Corners in which two four-corner codes differ. */
function cornersApart(a: string, b: string): number {
  let n = 0;
  for (let k = 0; k < 4; k++) if (a[k] !== b[k]) n++;
  return n;
}

/** Edits (insert, drop, replace one code) between two Cangjie codes. */
function cangjieEdits(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length];
}

/** True when one Cangjie code is the other's with one or two codes in front: a radical added (去 GI, 法 EGI). */
function addsRadical(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 2 && long.length - short.length <= 2 && long.endsWith(short);
}

/** Characters of one or two strokes (一 二 十 丁) resemble too many others to be useful candidates. */
const MIN_STROKES = 3;

/**
 * 形近字 as the table defines them (chosen on the ECSpell TRAIN slips, docs/text-checks.md), between
 * characters of 3+ strokes:
 * - the same four-corner code, at most two strokes apart, Cangjie codes at most two edits apart
 *   (己/已, 末/未, 侯/候, 心/必; not 例/制 or 征/能, which share a code but not a look), or
 * - four-corner codes at most one corner apart and Cangjie codes one edit apart (女/安, 帅/师, 贡/责), or
 * - the same phonetic series (a shared component) with at most two corners apart (列/例, 完/院), or three
 *   when one is the other with a radical added (去/法, 寺/持; not 冷/命).
 */
export function areShapeNeighbours(a: ShapeRecord, b: ShapeRecord): boolean {
  if (a.char === b.char || !a.fourCorner || !b.fourCorner || !a.cangjie || !b.cangjie) return false;
  if ((a.strokes ?? 0) < MIN_STROKES || (b.strokes ?? 0) < MIN_STROKES) return false;
  const corners = cornersApart(a.fourCorner, b.fourCorner);
  if ((a.phonetic ?? []).some((p) => b.phonetic?.includes(p))) {
    if (corners <= 2 || (corners === 3 && addsRadical(a.cangjie, b.cangjie))) return true;
  }
  const edits = cangjieEdits(a.cangjie, b.cangjie);
  if (corners === 0 && edits <= 2 && Math.abs(a.strokes! - b.strokes!) <= 2) return true;
  return corners <= 1 && edits <= 1;
}

/**
 * Every character's neighbours. Pairs are only compared within a block that any neighbour pair shares —
 * the four-corner code with one corner left out, or a phonetic series — so the 6,763² comparisons shrink
 * to about a million.
 */
export function shapeNeighbourTable(records: readonly ShapeRecord[]): Map<string, string[]> {
  const blocks = new Map<string, ShapeRecord[]>();
  const put = (key: string, r: ShapeRecord) => {
    const block = blocks.get(key);
    if (block) block.push(r);
    else blocks.set(key, [r]);
  };
  for (const r of records) {
    for (const p of r.phonetic ?? []) put(`p${p}`, r);
    if (!r.fourCorner) continue;
    for (let k = 0; k < 4; k++) put(`${k}${r.fourCorner.slice(0, k)}${r.fourCorner.slice(k + 1)}`, r);
  }
  const table = new Map<string, Set<string>>();
  for (const block of blocks.values()) {
    for (const a of block) {
      for (const b of block) {
        if (!areShapeNeighbours(a, b)) continue;
        let set = table.get(a.char);
        if (!set) table.set(a.char, (set = new Set()));
        set.add(b.char);
      }
    }
  }
  return new Map([...table].map(([ch, set]) => [ch, [...set].sort()]));
}
