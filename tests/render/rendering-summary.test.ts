import { describe, expect, it } from 'vitest';
import { closingSummary } from '../../crawler/apps/cli/progress.ts';
import type { RenderSummary } from '../../crawler/render/render-decision.ts';
import { BASE_FINDINGS, makeReport } from '../report/fixtures.ts';

const RENDERING: RenderSummary = {
  mode: 'auto',
  rendered: 8,
  byReason: { home: 1, 'template-sample': 4, 'template-differs': 3 },
  sameAsSample: 3,
  templatesSampled: 2,
  templatesDiffering: 1,
};

/** sections.crawl of a crawl that rendered as `rendering` says. */
const crawlSection = (rendering: RenderSummary) => ({
  frontierRefused: 0,
  resumed: false,
  unchanged: 0,
  probesReused: 0,
  trapsCapped: 0,
  traps: [],
  rendering,
});

describe('the closing summary on rendering', () => {
  it('says how many pages were rendered and why, and how many their template spared, zh then en', () => {
    const report = makeReport(BASE_FINDINGS);
    report.sections.crawl = crawlSection(RENDERING);
    const lines = closingSummary(report).split('\n');
    expect(lines).toContain(
      '浏览器渲染 8 页：首页 1，模板抽样 4，模板渲染有差异 3；3 页因所属模板的抽样渲染无差异而未渲染',
    );
    expect(lines).toContain(
      'Rendered in Chromium: 8 pages (home page 1, template sample 4, template renders differently 3); ' +
        "3 not rendered (their template's sample rendered as served)",
    );
    expect(lines.findIndex((l) => l.startsWith('浏览器渲染'))).toBeLessThan(
      lines.findIndex((l) => l.startsWith('Done')),
    );
  });

  it('says nothing of rendering without a browser (--render never) or in a report without the count', () => {
    const report = makeReport(BASE_FINDINGS);
    expect(closingSummary(report)).not.toMatch(/渲染|Rendered/);
    report.sections.crawl = crawlSection({ ...RENDERING, mode: 'never', rendered: 0, byReason: {} });
    expect(closingSummary(report)).not.toMatch(/渲染|Rendered/);
  });
});
