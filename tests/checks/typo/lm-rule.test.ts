import { describe, expect, it } from 'vitest';
import { jiebaSegment } from '../../../crawler/text/jieba-segmenter.ts';
import { snapshotOf } from '../../../crawler/page/snapshot-from-html.ts';
import { sunpinyinLanguageModel } from '../../../crawler/text/sunpinyin-files.ts';
import { replacementsIn } from '../../../shared/checks/typo-confusion/lm-candidates.ts';
import { DEFAULT_LM_RULE, lmSlips } from '../../../shared/checks/typo-confusion/lm-slips.ts';
import { typoConfusion } from '../../../shared/checks/typo-confusion/index.ts';
import type { CheckResult, SiteContext } from '../../../shared/checks/types.ts';
import { itemsOnTheSpot } from '../../../shared/engine/shared-analyses.ts';
import type { PageCandidates } from '../../../shared/text/harvest.ts';
import type { LanguageModel } from '../../../shared/text/language-model.ts';

// scripts/setup.sh installs sunpinyin-data; without it the crawler runs with the LM rule off.
const model = sunpinyinLanguageModel();
if (!model) throw new Error('sunpinyin-data is not installed: run scripts/setup.sh');
const lm: LanguageModel = model;

const flags = (text: string) =>
  lmSlips(text, [lm], jiebaSegment).map((h) => [text.slice(h.start, h.end), h.suggestion]);

describe('LM rule (real-word and non-word slips the lexicon rules miss)', () => {
  it.each([
    ['财政部是国务原组成部门。', '原', '院'],
    ['全体干部要自觉卫护群众利益。', '卫', '维'],
    ['对烂用职权的行为严肃追责。', '烂', '滥'],
    ['县疫情防控指辉部办公室发布通告。', '辉', '挥'],
    ['提供技木支持和法律服务。', '木', '术'],
    // Same-pinyin word swaps (pinyin-input slips), one finding each, the smallest change on a tie.
    ['各部门要严格执行鱼蒜管理规定。', '鱼蒜', '预算'],
    ['坚决打击家猫伪劣产品。', '家猫', '假冒'],
    ['严禁商业回炉等不正当竞争行为。', '回炉', '贿赂'],
  ])('%s', (text, wrong, right) => {
    expect(flags(text)).toEqual([[wrong, right]]);
  });

  it('finds a second slip next to the first in a second round', () => {
    expect(flags('鼓励企业大力发站股全融资。')).toEqual([
      ['站', '展'],
      ['全', '权'],
    ]);
    expect(flags('积极推厂应用纲结构建筑。')).toEqual([
      ['厂', '广'],
      ['纲', '钢'],
    ]);
    const oneRound = lmSlips('鼓励企业大力发站股全融资。', [lm], jiebaSegment, { ...DEFAULT_LM_RULE, rounds: 1 });
    expect(oneRound).toHaveLength(1);
  });

  it.each([
    '建立健全长效工作机制，扎实推动共同富裕，进一步完善制度体系。',
    '公共法律服务体系建设部际联席会议制度。',
    '坚持因城施策，促进房地产市场平稳健康发展。',
    '督查室主任高雨担任组长，扎赉特旗巴彦乌兰苏木负责落实。',
    '左权县芹泉镇包村工作队、长武县洪家镇姜曹村村民参加。',
    '3号楼A座二层，联系电话12345。',
    '国家卫生健康委、国防科工局负责。',
    '实现90%社区有保健医生。',
    '请各单位于本周五前报送材料。王晓明同志任县交通运输局局长。',
    '市长李明、副市长张伟出席会议，会议在湾沚镇小庄村召开。',
    '阔洪琦乡副乡长王红旗发言。',
  ])('must not flag: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

/** lm with a count of its n-gram lookups (the cost of scoring) and of the walks over its lexicon (indexing). */
function countingModel(inner: LanguageModel): { model: LanguageModel; lookups: () => number; walks: () => number } {
  let lookups = 0,
    walks = 0;
  const model: LanguageModel = {
    wordId: (word) => inner.wordId(word),
    wordsAt: (text, pos, lengths, ids) => inner.wordsAt(text, pos, lengths, ids),
    longestWord: inner.longestWord,
    next(state, wordId) {
      lookups++;
      return inner.next(state, wordId);
    },
    get lastState() {
      return inner.lastState;
    },
    syllables: (ch) => inner.syllables(ch),
    words: () => {
      walks++;
      return inner.words();
    },
  };
  return { model, lookups: () => lookups, walks: () => walks };
}

describe('LM rule cache (boilerplate runs repeat on every page)', () => {
  it('scores a run seen before not again, with the same findings wherever the run stands', () => {
    const { model, lookups } = countingModel(lm);
    const slips = (text: string) => lmSlips(text, [model], jiebaSegment).map((h) => [h.start, h.suggestion]);
    expect(slips('全体干部要自觉卫护群众利益。')).toEqual([[7, '维']]);
    const scored = lookups();
    expect(slips('第3号：全体干部要自觉卫护群众利益。')).toEqual([[11, '维']]);
    expect(lookups()).toBe(scored);
  });

  it('builds no candidate index for a run without a suspicious character', () => {
    const { model, walks } = countingModel(lm);
    expect(replacementsIn(model, '人民政府', new Set())).toEqual([]);
    expect(walks()).toBe(0);
    expect(replacementsIn(model, '技木支持', new Set([1]))).toContainEqual({ start: 1, end: 2, text: '术' });
    expect(walks()).toBeGreaterThan(0);
  });
});

describe('SunPinyin model', () => {
  it('prefers the right word in context and reads characters with their syllables', async () => {
    const { pathCost } = await import('../../../shared/text/lm-score.ts');
    expect(pathCost(lm, '建立健全工作机制')).toBeLessThan(pathCost(lm, '建立健全工作机智') - 3);
    expect(lm.syllables('制').some((s) => lm.syllables('智').includes(s))).toBe(true);
    expect(lm.syllables('行').length).toBeGreaterThan(1);
    expect(lm.syllables('制').some((s) => lm.syllables('度').includes(s))).toBe(false);
    expect(lm.wordId('机制')).toBeTypeOf('number');
  });
});

describe('typo-confusion with a language model from the host', () => {
  async function run(html: string, languageModels?: LanguageModel[]): Promise<CheckResult[]> {
    const base = {
      siteUrl: 'http://127.0.0.1/',
      asOf: '2026-01-01',
      profiles: [],
      options: {},
      signal: new AbortController().signal,
      segment: jiebaSegment,
      languageModels,
    };
    const page = snapshotOf(html, 'http://127.0.0.1/a.html');
    const collected = typoConfusion.collect!({ ...base, page, item: itemsOnTheSpot({ ...base, page }) });
    const ctx: SiteContext = {
      ...base,
      addSection: () => {},
      analysis: () => Promise.reject(new Error('typo-confusion reads no shared analysis')),
    };
    const pages: PageCandidates[] = collected ? [collected] : [];
    return typoConfusion.finish(
      {
        async *[Symbol.asyncIterator]() {
          yield* pages;
        },
      },
      ctx,
    );
  }

  it('reports LM findings with rule "lm" and the exact position; silent without a model', async () => {
    const html = '<main><p>通知如下：全体干部要自觉卫护群众利益。</p></main>';
    const [finding, ...rest] = await run(html, [lm]);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      text: '卫',
      suggestion: '维',
      location: { offset: 12 },
      data: { tier: 2, rule: 'lm' },
    });
    expect(await run(html)).toEqual([]);
  });
});
