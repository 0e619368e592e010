import { describe, expect, it } from 'vitest';
import { jiebaSegment } from '../../../crawler/text/jieba-segmenter.ts';
import { crawlerLanguageModels } from '../../../crawler/text/language-models.ts';
import { snapshotOf } from '../../../crawler/page/snapshot-from-html.ts';
import { CHECKS } from '../../../shared/checks/index.ts';
import { CheckEngine } from '../../../shared/engine/run-checks.ts';
import type { Finding } from '../../../shared/model/finding.ts';

// scripts/setup.sh installs both packages (sunpinyin-data, libime-data-language-model).
const models = crawlerLanguageModels();
if (models.length < 2) throw new Error('a language model package is missing: run scripts/setup.sh');
const TYPO_CHECKS = CHECKS.filter((c) => c.category === 'typo');

/** Every typo check on one page, as the crawler runs them (jieba, both models), judged as of `asOf`. */
async function inspect(paragraphs: string[], asOf: string, date?: string): Promise<Finding[]> {
  const engine = new CheckEngine({
    checks: TYPO_CHECKS,
    siteUrl: 'http://127.0.0.1/',
    asOf,
    profiles: [],
    capabilities: { rendered: false, network: false },
    debug: true,
    segment: jiebaSegment,
    languageModels: models,
  });
  const html = `<main>${paragraphs.map((p) => `<p>${p}</p>`).join('')}${date ? `<span>${date}</span>` : ''}</main>`;
  return [...(await engine.checkPage(snapshotOf(html, 'http://127.0.0.1/a.html'))), ...(await engine.finish())];
}

const brief = (fs: Finding[]) => fs.map((f) => [f.checkId, f.text, f.suggestion, f.outcome, f.data.suspect ?? false]);

// Sentences of 新闻联播 transcripts 2023–2025 (DuckBurnIncense/xin-wen-lian-bo, MIT) that the checks used to flag.
describe('real official text gives no typo findings', () => {
  it("foreign news: 国土安全部 is the United States' ministry, not 国家安全部 miswritten", async () => {
    expect(
      brief(
        await inspect(
          [
            '美国国会众议院共和党人28日公布针对美国国土安全部长马约卡斯的弹劾指控。',
            '美国共和党公布针对国土安全部长弹劾指控。',
            '据美国媒体报道，裁员可能影响数千人，国土安全部、卫生与公共服务部、财政部等均有裁员计划。',
            '法国文化部19日称，卢浮宫博物馆当天发生抢劫事件。巴西农业部长法瓦罗在巴西利亚参加金砖国家农业部长会议。',
            '墨西哥经济部和农业部14日表示，美方决定不公平。泰国总理巴育夫妇、文化部部长伊提蓬夫妇等热情迎接。',
          ],
          '2025-12-31',
          '2025-10-20',
        ),
      ),
    ).toEqual([]);
  });

  it('a 2018 page: 中国现代化建设 and 环境保护部令 are the language and the citations of their time', async () => {
    expect(
      brief(
        await inspect(
          [
            '热忱欢迎外国专家以各种方式参与中国现代化建设。',
            '根据《建设项目环境影响评价分类管理名录》（环境保护部令第44号），本项目应编制环境影响报告表。',
            '各市、县国土资源局，厅各直属单位：现将有关事项通知如下。',
          ],
          '2025-12-31',
          '2018-02-10',
        ),
      ),
    ).toEqual([]);
  });

  it('phrases, grammar and names one edit from a protected term', async () => {
    expect(
      brief(
        await inspect(
          [
            '依靠改革开放增强城市动能，高质量开展城市更新。',
            '海外华侨华人和留学生表示，中华民族的伟大复兴是海内外中华儿女的共同期盼。',
            '习近平指出，人类是命运共同体，唯有团结合作，才能有效应对全球性挑战。',
            '应香港特别行政区政府邀请，中央宣讲团在香港为特别行政区管治团队举办专题讲座。',
            '国家卫生健康委将会同国家中医药管理局，全力救治伤员。要格外重视生态保护，确保生态环境不受损害。',
            '德国统计局分析指出，二季度经济萎缩。四是增加条约适用于港澳特别行政区的办理程序。',
          ],
          '2025-12-31',
          '2025-06-01',
        ),
      ),
    ).toEqual([]);
  });

  it('a correct traditional-script page', async () => {
    expect(
      brief(
        await inspect(
          [
            '行政院今日召開記者會，說明政府推動數位轉型的具體措施，並強調將持續與地方政府合作。',
            '衛生福利部表示，為維護民眾健康，將加強食品安全檢驗，並請民眾留意產品標示。',
            '幹部們在會議中討論頭髮護理產品的檢驗標準，皇后區的居民對此表示歡迎。',
          ],
          '2025-12-31',
          '2025-03-01',
        ),
      ),
    ).toEqual([]);
  });
});

describe('real slips are still found', () => {
  it("a sound-alike in the state's name is a veto; an unlike character forming another word is 疑似", async () => {
    const findings = brief(
      await inspect(['根据中华人民共合国有关法律规定。', '中共人民共和国成立七十五周年。'], '2025-12-31'),
    );
    expect(findings).toEqual([
      ['typo-serious', '中华人民共合国', '中华人民共和国', 'fail', false],
      ['typo-serious', '中共人民共和国', '中华人民共和国', 'incomplete', true],
    ]);
  });

  it('中国式现代化 is protected on pages written after it came into use', async () => {
    const after = await inspect(['坚定不移走中国试现代化道路。'], '2025-12-31', '2024-05-01');
    expect(brief(after)).toEqual([['typo-serious', '中国试现代化', '中国式现代化', 'fail', false]]);
  });

  it('an old institution name on a current page and a stale title are 疑似, never a veto', async () => {
    const findings = await inspect(['县国土资源局发布公告。李克强总理出席会议。'], '2025-12-31', '2024-03-01');
    expect(brief(findings)).toEqual([
      ['typo-serious', '国土资源局', '自然资源局', 'incomplete', true],
      ['typo-serious', '李克强总理', '核实职务', 'incomplete', true],
    ]);
    expect(findings.every((f) => typeof f.data.confidence === 'number')).toBe(true);
  });
});

describe('traditional pages', () => {
  it('a repeated conversion error is one finding with its count (C1); no other typo check reads the page', async () => {
    const findings = await inspect(
      [
        '本局乾部於會議中說明政策，並強調乾部應以身作則。',
        '各級乾部須加強與民眾的溝通，維護政府形象，落實各項便民措施。',
      ],
      '2025-12-31',
      '2025-03-01',
    );
    expect(findings.map((f) => [f.checkId, f.text, f.suggestion, f.count ?? 1])).toEqual([
      ['typo-script', '乾', '幹', 3],
    ]);
  });
});
