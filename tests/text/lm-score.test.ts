import { describe, expect, it } from 'vitest';
import { sunpinyinLanguageModel } from '../../crawler/text/sunpinyin-files.ts';
import type { LanguageModel } from '../../shared/text/language-model.ts';
import { bestPath, pathCost } from '../../shared/text/lm-score.ts';

// scripts/setup.sh installs sunpinyin-data (the typo check's language model).
const model = sunpinyinLanguageModel();
if (!model) throw new Error('sunpinyin-data is not installed: run scripts/setup.sh');
const lm = model;

/**
 * Scores pinned to the last digit (SunPinyin's lm_sc.t3g from Debian sunpinyin-data): the LM rule's
 * thresholds were tuned on them, so a faster lattice or reader must reproduce them exactly, not roughly.
 */
const PINNED: [string, number, [string, number][]][] = [
  [
    '建立健全长效工作机制',
    44.95184837189677,
    [
      ['建立健全', 14.246559093053147],
      ['长效', 14.333865211315],
      ['工作机制', 16.371424067528626],
    ],
  ],
  [
    '建立健全长效工作机智',
    50.15176732208893,
    [
      ['建立健全', 14.246559093053147],
      ['长效', 14.333865211315],
      ['工作', 8.026389490045087],
      ['机智', 13.544953527675695],
    ],
  ],
  [
    '各部门要严格执行鱼蒜管理规定',
    66.04826641629158,
    [
      ['各', 8.74126852454106],
      ['部门', 3.653146724823362],
      ['要', 5.267283622675304],
      ['严格执行', 13.370690575788313],
      ['鱼', 9.370498019079648],
      ['蒜', 11.899282863581291],
      ['管理规定', 13.746096085802606],
    ],
  ],
  [
    '各部门要严格执行预算管理规定',
    50.20955280159917,
    [
      ['各', 8.74126852454106],
      ['部门', 3.653146724823362],
      ['要', 5.267283622675304],
      ['严格执行', 13.370690575788313],
      ['预算', 11.485880137522017],
      ['管理规定', 7.6912832162491185],
    ],
  ],
  [
    '中华人民共和国国务院',
    22.817433832321292,
    [
      ['中华人民共和国', 11.234406709074802],
      ['国务院', 11.58302712324649],
    ],
  ],
  [
    '我们㐀工作',
    41.54306276662481,
    [
      ['我们', 5.925873090756641],
      ['㐀', 28.34594566721197],
      ['工作', 7.271244008656197],
    ],
  ],
  // Not in the lexicon: each UTF-16 unit costs UNKNOWN_CHAR_COST and ends the history.
  [
    '我们𠀀工作',
    49.197117099412836,
    [
      ['我们', 5.925873090756641],
      ['\ud840', 18],
      ['\udc00', 18],
      ['工作', 7.271244008656197],
    ],
  ],
  [
    '鼓励企业大力发站股全融资',
    76.4016773248345,
    [
      ['鼓励', 9.808725791754382],
      ['企业', 5.986382425801628],
      ['大力', 11.492540381953994],
      ['发', 8.156870416343448],
      ['站', 9.852601782136269],
      ['股', 10.368901910171878],
      ['全', 8.880752520791681],
      ['融资', 11.854902095881215],
    ],
  ],
  [
    '县疫情防控指辉部办公室发布通告',
    101.63732719483866,
    [
      ['县', 9.250328293463571],
      ['疫情', 13.80326122646386],
      ['防控', 15.018114614748402],
      ['指', 9.94677042585132],
      ['辉', 10.238215678587366],
      ['部', 9.332002776578491],
      ['办公室', 9.750652760413828],
      ['发布', 11.073939706492794],
      ['通告', 13.224041712239028],
    ],
  ],
];

const segmentation = (text: string) => bestPath(lm, text).words.map((w) => [text.slice(w.start, w.end), w.cost]);

describe('lattice scores (pinned)', () => {
  it('a text longer than any before is scored, not read from the arrays it outgrew', () => {
    const long = PINNED.map(([text]) => text)
      .join('')
      .repeat(20);
    expect(pathCost(lm, long)).toBe(bestPath(lm, long).cost);
  });

  it.each(PINNED)('%s', (text, cost, words) => {
    expect(pathCost(lm, text)).toBe(cost);
    expect(bestPath(lm, text).cost).toBe(cost);
    expect(segmentation(text)).toEqual(words);
  });

  it('gives the same scores whatever was scored before (texts sharing a prefix, in any order)', () => {
    const variants = PINNED.flatMap(([t]) => [t, t.slice(0, -1), t.slice(0, 3) + '的' + t.slice(4), `${t}的`]);
    // After '人' (no variant starts with it) nothing scored before can be reused.
    const afresh = (t: string) => (pathCost(lm, '人'), [pathCost(lm, t), (pathCost(lm, '人'), segmentation(t))]);
    const expected = new Map(variants.map((t) => [t, afresh(t)]));
    for (const order of [variants, [...variants].reverse(), [...variants].sort()]) {
      for (const t of order) expect([pathCost(lm, t), segmentation(t)]).toEqual(expected.get(t));
    }
    for (const [text, cost] of PINNED) expect(pathCost(lm, text)).toBe(cost);
  });

  it("does not reuse one model's lattice for another", () => {
    // The same lexicon, every word one nat dearer: a reused lattice would keep the first model's costs.
    const dearer: LanguageModel = Object.create(lm, {
      next: { value: (state: number, id: number) => lm.next(state, id) + 1 },
    });
    const afresh = new Map(PINNED.map(([text]) => [text, (pathCost(dearer, '人'), pathCost(dearer, text))]));
    for (const [text, cost] of PINNED) {
      expect(pathCost(lm, text)).toBe(cost);
      expect(pathCost(dearer, text)).toBe(afresh.get(text));
      expect(afresh.get(text)).toBeGreaterThan(cost + 1);
      expect(pathCost(lm, text)).toBe(cost);
    }
  });

  it('reads an unknown character where a word no longer starts (a model whose 机 is no word by itself)', () => {
    const noSingle机: LanguageModel = Object.create(lm, {
      wordsAt: {
        value: (text: string, pos: number, lengths: Int32Array, ids: Int32Array) => {
          const n = lm.wordsAt(text, pos, lengths, ids);
          if (text[pos] !== '机' || n === 0 || lengths[0] !== 1) return n;
          lengths.copyWithin(0, 1, n);
          ids.copyWithin(0, 1, n);
          return n - 1;
        },
      },
    });
    const afresh = (t: string) => (pathCost(noSingle机, '人'), pathCost(noSingle机, t));
    const [word, unknown] = [afresh('工作机制'), afresh('工作机啊')];
    expect(unknown).toBeGreaterThan(word);
    for (const [before, text, cost] of [
      ['工作机制', '工作机啊', unknown],
      ['工作机啊', '工作机制', word],
    ] as const) {
      afresh(before);
      expect(pathCost(noSingle机, text)).toBe(cost);
    }
  });
});
