import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { libimeModelPath } from '../../crawler/text/libime-files.ts';
import { kenlmModel } from '../../shared/text/kenlm-model.ts';
import type { LanguageModel } from '../../shared/text/language-model.ts';
import { bestPath, pathCost } from '../../shared/text/lm-score.ts';

/** KenLM's build_binary as Debian's libime-bin ships it. */
const BUILD_BINARY = ['/usr/bin/libime_slm_build_binary', '/usr/local/bin/libime_slm_build_binary'].find((p) =>
  existsSync(p),
);
const noSyllables = () => [];

/** A back-off trigram model written as ARPA from a fixed pseudo-random draw, and its reference query. */
class ArpaModel {
  readonly words = [
    '政府',
    '工作',
    '报告',
    '我们',
    '人民',
    '发展',
    '经济',
    '社会',
    '建设',
    '改革',
    '推进',
    '全面',
    '加强',
    '管理',
    '服务',
    '群众',
    '基层',
    '党建',
    '述职',
    '评议',
  ];
  /** "w1 w2 w3" → [log10 p, log10 back-off]. */
  readonly grams = new Map<string, [number, number]>();
  private seed = 7;

  constructor() {
    const all = ['<unk>', '<s>', '</s>', ...this.words];
    for (const w of all)
      this.grams.set(w, [w === '<s>' ? -99 : -this.draw(1, 4), w === '</s>' || w === '<unk>' ? 0 : -this.draw(0, 1)]);
    const bigrams: string[][] = [];
    for (const a of ['<s>', ...this.words])
      for (const b of [...this.words, '</s>']) if (this.draw(0, 1) < 0.45) bigrams.push([a, b]);
    for (const [a, b] of bigrams)
      this.grams.set(`${a} ${b}`, [-this.draw(0.05, 2), this.draw(0, 1) < 0.3 ? 0 : -this.draw(0, 1)]);
    // A trigram's context (its first two words) must be a bigram of the model.
    for (const [a, b] of bigrams) {
      if (b === '</s>') continue;
      for (const c of this.words)
        if (this.draw(0, 1) < 0.2) this.grams.set(`${a} ${b} ${c}`, [-this.draw(0.01, 1.5), 0]);
    }
  }

  /** Values on a 1/1000 grid, as ARPA files print them. */
  private draw(from: number, to: number): number {
    this.seed = (this.seed * 1103515245 + 12345) % 2147483648;
    return Math.round((from + (this.seed / 2147483648) * (to - from)) * 1000) / 1000;
  }

  /** The model as an ARPA file, cut to n-grams of up to `order` words. */
  arpa(order = 3): string {
    const byOrder = [1, 2, 3].slice(0, order).map((n) => [...this.grams].filter(([k]) => k.split(' ').length === n));
    const lines = ['\\data\\', ...byOrder.map((g, i) => `ngram ${i + 1}=${g.length}`), ''];
    byOrder.forEach((g, i) => {
      lines.push(`\\${i + 1}-grams:`);
      for (const [k, [p, b]] of g) lines.push(i === order - 1 ? `${p}\t${k}` : `${p}\t${k}\t${b}`);
      lines.push('');
    });
    return [...lines, '\\end\\', ''].join('\n');
  }

  /** log10 p(w | history) with back-off, history oldest first (at most the last two words count). */
  log10(history: string[], w: string): number {
    const h = history.slice(-2);
    const gram = this.grams.get([...h, w].join(' '));
    if (gram) return gram[0];
    if (h.length === 0) return this.grams.get('<unk>')![0];
    return (this.grams.get(h.join(' '))?.[1] ?? 0) + this.log10(h.slice(1), w);
  }
}

/** log10 of each word of a sequence under the model, the state carried from word to word. */
function scoreSequence(lm: LanguageModel, words: string[]): number[] {
  let state = 0;
  return words.map((w) => {
    const cost = lm.next(state, lm.wordId(w)!);
    state = lm.lastState;
    return -cost / Math.LN10;
  });
}

describe.skipIf(!BUILD_BINARY)('reading KenLM binaries built from a known ARPA file', () => {
  if (!BUILD_BINARY)
    console.log(
      'kenlm-model: libime_slm_build_binary not installed (apt-get install libime-bin), ARPA round trips skipped',
    );
  const reference = new ArpaModel();
  const dir = mkdtempSync(join(tmpdir(), 'kenlm-'));
  const arpaFile = join(dir, 'model.arpa');
  writeFileSync(arpaFile, reference.arpa());
  const build = (name: string, args: string[], from = arpaFile) => {
    execFileSync(BUILD_BINARY!, [...args, 'trie', from, join(dir, name)], { stdio: 'pipe' });
    return readFileSync(join(dir, name));
  };
  // [file, build_binary options, model type in the header, largest and mean error allowed in log10 units].
  // 16-bit bins hold every distinct value of this model exactly; 8-bit bins average ~3 of the ~750 trigram
  // values (and ~2 back-offs) per bin, so single queries may be off by several hundredths.
  const variants: [string, string[], number, number, number][] = [
    ['trie', [], 2, 1e-5, 1e-6],
    ['array trie', ['-a', '22'], 4, 1e-5, 1e-6],
    ['quantized trie, 16 bits', ['-q', '16', '-b', '16'], 3, 1e-4, 1e-5],
    ['quantized array trie, 16 bits', ['-a', '22', '-q', '16', '-b', '16'], 5, 1e-4, 1e-5],
    ['quantized array trie, 8 bits (as libime)', ['-a', '22', '-q', '8', '-b', '8'], 5, 0.1, 0.01],
  ];
  const sequences: string[][] = [];
  for (const a of reference.words)
    for (const b of reference.words) for (const c of reference.words) sequences.push([a, b, c]);

  for (const [name, args, type, largest, mean] of variants) {
    it(`${name}: every word after every two-word history scores as the ARPA file says`, () => {
      const bytes = build(name.replace(/\W+/g, '-'), args);
      expect(new DataView(bytes.buffer, bytes.byteOffset).getUint32(96, true)).toBe(type);
      const lm = kenlmModel(bytes, noSyllables);
      expect(new Set(lm.words())).toEqual(new Set(reference.words));
      let worst = 0,
        sum = 0;
      for (const seq of sequences) {
        const got = scoreSequence(lm, seq);
        seq.forEach((w, i) => {
          const error = Math.abs(got[i] - reference.log10(seq.slice(0, i), w));
          worst = Math.max(worst, error);
          sum += error;
        });
      }
      expect(worst).toBeLessThan(largest);
      expect(sum / (sequences.length * 3)).toBeLessThan(mean);
    });
  }

  it('carries the history across a longer text (states are trie nodes, not just the last word)', () => {
    const lm = kenlmModel(build('long', ['-a', '22']), noSyllables);
    const text = ['我们', '全面', '推进', '改革', '加强', '基层', '党建', '述职', '评议', '工作'];
    const got = scoreSequence(lm, text);
    text.forEach((w, i) => expect(got[i]).toBeCloseTo(reference.log10(text.slice(0, i), w), 5));
  });

  it('accepts an ArrayBuffer and an unaligned view alike, and refuses other files', () => {
    const bytes = build('aligned', ['-a', '22', '-q', '8', '-b', '8']);
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    const a = kenlmModel(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length), noSyllables);
    const b = kenlmModel(shifted.subarray(3), noSyllables);
    expect(scoreSequence(a, ['党建', '述职', '评议'])).toEqual(scoreSequence(b, ['党建', '述职', '评议']));
    expect(() => kenlmModel(new TextEncoder().encode(reference.arpa()), noSyllables)).toThrow(/not a KenLM binary/);
    expect(() => kenlmModel(bytes.subarray(0, bytes.length - 40), noSyllables)).toThrow(/vocabulary strings/);
    const bigramFile = join(dir, 'bigram.arpa');
    writeFileSync(bigramFile, reference.arpa(2));
    expect(() => kenlmModel(build('bigram', [], bigramFile), noSyllables)).toThrow(/order 2: only trigram/);
  });

  it("two models never see each other's remembered transitions, and a remembered answer is the computed one", () => {
    const exactBytes = build('memo-exact', []),
      coarseBytes = build('memo-coarse', ['-a', '22', '-q', '8', '-b', '8']);
    // Each model alone, every sequence once: the first query of each (state, word) is computed.
    const alone = [exactBytes, coarseBytes].map((bytes) => {
      const lm = kenlmModel(bytes, noSyllables);
      return sequences.map((seq) => scoreSequence(lm, seq));
    });
    expect(alone[0]).not.toEqual(alone[1]); // else answers leaking between the models would go unnoticed
    const exact = kenlmModel(exactBytes, noSyllables),
      coarse = kenlmModel(coarseBytes, noSyllables);
    for (let pass = 0; pass < 2; pass++) {
      sequences.forEach((seq, k) => {
        expect(scoreSequence(exact, seq)).toEqual(alone[0][k]);
        expect(scoreSequence(coarse, seq)).toEqual(alone[1][k]);
      });
    }
  });
});

const libimeFile = libimeModelPath();
describe.skipIf(!libimeFile)('libime zh_CN.lm (libime-data-language-model)', () => {
  if (!libimeFile) console.log('kenlm-model: libime-data-language-model not installed, real-model checks skipped');
  const lm = libimeFile ? kenlmModel(readFileSync(libimeFile), noSyllables) : undefined;

  it('is found in the first directory that holds zh_CN.lm', () => {
    const empty = mkdtempSync(join(tmpdir(), 'libime-'));
    const other = mkdtempSync(join(tmpdir(), 'libime-'));
    symlinkSync(libimeFile!, join(other, 'zh_CN.lm'));
    expect(libimeModelPath([empty])).toBeUndefined();
    expect(libimeModelPath([empty, other])).toBe(join(other, 'zh_CN.lm'));
  });

  it('reads the whole vocabulary and maps each word back to its id', () => {
    const words = [...lm!.words()];
    expect(words.length).toBe(164_886); // counts[0] without <unk> (libime's model has no <s>, </s>)
    const ids = new Set(words.map((w) => lm!.wordId(w)!));
    expect(ids.size).toBe(words.length);
    expect([...ids].every((id) => id >= 1 && id <= 164_886)).toBe(true);
    for (const w of ['政府', '报告', '党建', '述职', '评议']) expect(words).toContain(w);
    expect(lm!.longestWord).toBeGreaterThanOrEqual(6);
  });

  it('segments and scores: known phrases beat scrambled ones, a seen context beats none', () => {
    const { words } = bestPath(lm!, '中华人民共和国国务院');
    expect(words.map((w) => w.end - w.start).reduce((a, b) => a + b)).toBe(10);
    expect(pathCost(lm!, '政府工作报告')).toBeLessThan(pathCost(lm!, '政府工做报告'));
    expect(pathCost(lm!, '我们的祖国')).toBeLessThan(pathCost(lm!, '国祖的们我'));
    lm!.next(0, lm!.wordId('进一步')!);
    expect(lm!.next(lm!.lastState, lm!.wordId('完善')!)).toBeLessThan(lm!.next(0, lm!.wordId('完善')!));
  });

  // [word, -ln p exactly, state after] along three texts, each ending with <unk> (id 0). The states are the
  // reader's numbering (1 + word id, or 1 + vocabulary + bigram record). Cases: no history; one word of
  // history with and without the bigram; two words with the trigram, with only the bigram (完善 制度, which
  // does not extend), with neither (共和国 述职). Values as computed before the transition memo (ad6fde4).
  const pinned: [string, number, number][][] = [
    [
      ['中华', 9.692094802856445, 41886],
      ['人民', 2.3318698406219482, 1697046],
      ['共和国', 0.009852288290858269, 1626826],
      ['述职', 15.080228567123413, 119571],
      ['<unk>', 15.239194333553314, 0],
    ],
    [
      ['进一步', 9.646503448486328, 161872],
      ['完善', 4.906032085418701, 1277076],
      ['制度', 6.606483280658722, 32934],
      ['<unk>', 15.567316174507141, 0],
    ],
    [
      ['社会', 9.143736839294434, 111412],
      ['主义', 8.726531982421875, 67286],
      ['核心', 10.134056210517883, 67446],
      ['价值观', 5.180350303649902, 1881582],
      ['<unk>', 15.699952185153961, 0],
    ],
  ];

  it('answers exactly the pinned costs and states, computed or remembered, before and after 165k other queries', () => {
    const check = () => {
      for (const text of pinned) {
        let state = 0;
        for (const [word, cost, after] of text) {
          expect([word, lm!.next(state, word === '<unk>' ? 0 : lm!.wordId(word)!), lm!.lastState]).toEqual([
            word,
            cost,
            after,
          ]);
          state = after;
        }
      }
    };
    check();
    check();
    for (let id = 0; id < 164_887; id++) lm!.next(41886, id);
    check();
  });

  it('probabilities after a long history sum to about one', () => {
    let state = 0;
    for (const w of ['中华', '人民']) {
      lm!.next(state, lm!.wordId(w)!);
      state = lm!.lastState;
    }
    let total = 0;
    for (let id = 0; id < 164_887; id++) total += Math.exp(-lm!.next(state, id));
    expect(total).toBeGreaterThan(0.98);
    expect(total).toBeLessThan(1.02);
  });
});
