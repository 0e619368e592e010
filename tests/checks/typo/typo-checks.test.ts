import { describe, expect, it } from 'vitest';
import { jiebaSegment } from '../../../crawler/text/jieba-segmenter.ts';
import { snapshotOf } from '../../../crawler/page/snapshot-from-html.ts';
import { CHECK_BY_ID } from '../../../shared/checks/index.ts';
import { CheckEngine } from '../../../shared/engine/run-checks.ts';
import type { Finding } from '../../../shared/model/finding.ts';
import type { Segment } from '../../../shared/text/segmenter.ts';
import Ajv from 'ajv';
import schema from '../../../shared/report/report.schema.json' with { type: 'json' };
import { CONFUSION, FORMAT, SCRIPT, SERIOUS, type TypoCase } from './cases.ts';

const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addSchema(schema);
const validFinding = ajv.getSchema(`${schema.$id}#/definitions/finding`)!;

function engineFor(checkId: string, segment?: Segment, options: Record<string, unknown> = {}): CheckEngine {
  return new CheckEngine({
    checks: [CHECK_BY_ID.get(checkId)!],
    siteUrl: 'http://127.0.0.1/',
    asOf: '2026-01-01',
    profiles: [],
    capabilities: { rendered: false, network: false },
    debug: true,
    segment,
    checkOptions: { [checkId]: options },
  });
}

/** segment null = a host without word segmentation (dictionary mode). */
async function run(
  c: TypoCase,
  segment: Segment | null = jiebaSegment,
  options: Record<string, unknown> = {},
): Promise<Finding[]> {
  const engine = engineFor(c.check, segment ?? undefined, options);
  const html = `<main><p id="p1">${c.text}</p>${c.date ? `<span>${c.date}</span>` : ''}</main>`;
  const page = await engine.checkPage(snapshotOf(html, 'http://127.0.0.1/page.html'));
  return [...page, ...(await engine.finish())];
}

describe.each([
  ['tier 1', SERIOUS],
  ['tier 2', CONFUSION],
  ['tier 3', FORMAT],
  ['script', SCRIPT],
] as const)('%s', (_, cases) => {
  it.each(cases.map((c) => [c.text, c] as const))('%s', async (_, c) => {
    const findings = await run(c);
    expect(findings.map((f) => ({ text: f.text, suggestion: f.suggestion }))).toEqual(c.expect);
    for (const f of findings) {
      expect(f.category).toBe('typo');
      expect(c.text.slice(f.location!.offset!, f.location!.offset! + f.text!.length)).toBe(f.text);
      expect(f.location!.selector).toContain('p');
      expect(f.location!.context).toContain(f.text);
    }
  });
});

describe('finding shape', () => {
  it('tier 1 is a veto on NAT-V1 with tier 1 data and satisfies the report schema', async () => {
    const [f] = await run(SERIOUS[0]);
    expect(f).toMatchObject({ checkId: 'typo-serious', severity: 'veto', indicators: ['NAT-V1'], data: { tier: 1 } });
    expect(f.message.zh).toContain('中华人民共合国');
    expect(validFinding(f), ajv.errorsText(validFinding.errors)).toBe(true);
  });

  it('tiers 2, 3 and script carry their tier', async () => {
    expect((await run(CONFUSION[0]))[0].data.tier).toBe(2);
    expect((await run(FORMAT[0]))[0].data.tier).toBe(3);
    expect((await run(SCRIPT[0]))[0].data.tier).toBe('script');
  });

  it('a stale title is left for manual review', async () => {
    const stale = SERIOUS.find((c) => c.date === '2024-05-06')!;
    expect((await run(stale))[0]).toMatchObject({ outcome: 'incomplete', messageId: 'stale-title' });
  });
});

describe('site options and hosts', () => {
  it('white-listed terms are not reported', async () => {
    const c = CONFUSION.find((x) => x.text.includes('人民很行'))!;
    expect(await run(c, jiebaSegment, { whitelist: { terms: ['人民很行'] } })).toEqual([]);
    expect(await run(c, jiebaSegment, { whitelist: { terms: ['别的词'] } })).toHaveLength(1);
  });

  it("protectedTerms and the SiteName meta tag add the site's own names to tier 1", async () => {
    const c = { check: 'typo-serious', text: '齐齐哈市人民政府办公室通知：乐都去教育局。', expect: [] };
    expect(await run(c)).toEqual([]);
    const withTerms = await run(c, jiebaSegment, { protectedTerms: ['齐齐哈尔市', '乐都区教育局'] });
    expect(withTerms.map((f) => [f.text, f.suggestion])).toEqual([
      ['齐齐哈市', '齐齐哈尔市'],
      ['乐都去教育局', '乐都区教育局'],
    ]);
    const engine = engineFor('typo-serious');
    const page = snapshotOf('<head><meta name="SiteName" content="齐齐哈尔市人民政府"></head><p>齐齐哈市人民政府</p>');
    expect((await engine.checkPage(page)).map((f) => f.suggestion)).toEqual(['齐齐哈尔市人民政府']);
  });

  it(
    'without a segmenter (dictionary mode) curated pairs still work; two-character mined pairs and lexicon slips ' +
      'are off',
    async () => {
      expect((await run(CONFUSION[0], null)).map((f) => f.suggestion)).toEqual(['再接再厉']);
      const mined = { check: 'typo-confusion', text: '这种情况一搬不会发生。', expect: [] };
      expect((await run(mined)).map((f) => f.suggestion)).toEqual(['一般']);
      expect(await run(mined, null)).toEqual([]);
      expect(await run(CONFUSION.find((x) => x.text.includes('总休'))!, null)).toEqual([]);
    },
  );

  it('a footer repeated on two pages gives the same evidence (the report merges it into one finding)', async () => {
    const engine = engineFor('typo-confusion', jiebaSegment);
    const html = (body: string) => `<main><p>${body}</p></main><footer><p>主办单位：某某局 再接再励</p></footer>`;
    await engine.checkPage(snapshotOf(html('第一页'), 'http://127.0.0.1/a.html'));
    await engine.checkPage(snapshotOf(html('第二页'), 'http://127.0.0.1/b.html'));
    const [a, b] = await engine.finish();
    expect([a.url, b.url]).toEqual(['http://127.0.0.1/a.html', 'http://127.0.0.1/b.html']);
    expect(a.data.template).toBe('footer');
    expect(b.location).toEqual(a.location);
    expect(b.text).toBe(a.text);
  });

  it('hidden text is skipped', async () => {
    const engine = engineFor('typo-confusion', jiebaSegment);
    await engine.checkPage(snapshotOf('<p style="display:none">再接再励</p><script>var s="再接再励"</script>'));
    expect(await engine.finish()).toEqual([]);
  });
});

describe('proper nouns recurring across the site', () => {
  async function crawl(pages: number, body: string, footer = '') {
    const engine = engineFor('typo-confusion', jiebaSegment);
    for (let i = 0; i < pages; i++) {
      await engine.checkPage(
        snapshotOf(
          `<main><p>第${i}期：${body}</p></main><footer><p>${footer}</p></footer>`,
          `http://127.0.0.1/${i}.html`,
        ),
      );
    }
    const findings = await engine.finish();
    return { texts: findings.map((f) => f.text), section: engine.sections['typo-confusion'] };
  }

  it('a lexicon guess on five pages is harvested as a name and not reported', async () => {
    const { texts, section } = await crawl(5, '示范区总休方案印发。');
    expect(texts).toEqual([]);
    expect(section).toEqual({ harvestedProperNouns: [{ text: '总休', pages: 5 }] });
  });

  it('on four pages it is still reported', async () => {
    expect((await crawl(4, '示范区总休方案印发。')).texts).toEqual(['总休', '总休', '总休', '总休']);
  });

  it('hand-written pairs and template text are never harvested', async () => {
    const { texts } = await crawl(5, '我们要再接再励。', '示范区总休方案');
    expect(texts.filter((t) => t === '再接再励')).toHaveLength(5);
    expect(texts.filter((t) => t === '总休')).toHaveLength(5);
  });
});

describe('template cache', () => {
  it("does not carry one site's protected terms into another site's footer", async () => {
    const footer = snapshotOf('<main><p>正文</p></main><footer><p>齐齐哈市人民政府主办</p></footer>');
    const a = await engineFor('typo-serious', jiebaSegment, { protectedTerms: ['齐齐哈尔市'] }).checkPage(footer);
    const b = await engineFor('typo-serious', jiebaSegment).checkPage(footer);
    expect([a.length, b.length]).toEqual([1, 0]);
  });
});

describe('template dedupe end to end', () => {
  it('mergeDuplicates turns the footer typo on two pages into one finding listing both', async () => {
    const { mergeDuplicates } = await import('../../../shared/report/merge-duplicates.ts');
    const engine = engineFor('typo-confusion', jiebaSegment);
    for (const name of ['a', 'b']) {
      await engine.checkPage(
        snapshotOf(
          `<main><p>${name}</p></main><footer><p>版权所有 再接再励</p></footer>`,
          `http://127.0.0.1/${name}.html`,
        ),
      );
    }
    const merged = mergeDuplicates(await engine.finish());
    expect(merged).toHaveLength(1);
    expect(merged[0].pages).toEqual(['http://127.0.0.1/a.html', 'http://127.0.0.1/b.html']);
  });
});
