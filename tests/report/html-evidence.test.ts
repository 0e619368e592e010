import { describe, expect, it } from 'vitest';
import { renderHtmlReport } from '../../crawler/report/html-report.ts';
import { renderCsvReport } from '../../crawler/report/csv-report.ts';
import { BASE_FINDINGS, finding, makeReport, SITE } from './fixtures.ts';

const TYPO_IN_CONTEXT = finding({
  checkId: 'typo-confusion',
  category: 'typo',
  outcome: 'fail',
  severity: 'minor',
  url: `${SITE}jyj/news.html`,
  messageId: 'typo',
  text: '卫',
  suggestion: '维',
  message: { zh: '疑似错别字“卫”', en: 'Typo' },
  location: { context: '各乡镇干部要自觉卫护群众利益。' },
  indicators: ['NAT-P9'],
});
const SUSPECTS = [0.3, 0.8].map((confidence) =>
  finding({
    checkId: 'spam-text',
    category: 'spam',
    outcome: 'incomplete',
    severity: 'info',
    url: `${SITE}index.html`,
    messageId: 'visible',
    text: `彩票${confidence}`,
    message: { zh: `疑似违规词“彩票${confidence}”`, en: 'Suspect' },
    data: { suspect: true, confidence },
  }),
);

describe('evidence in the HTML report and CSV', () => {
  const report = makeReport([...BASE_FINDINGS, { ...TYPO_IN_CONTEXT, count: 3 }, ...SUSPECTS]);
  const html = renderHtmlReport(report);

  it('shows the sentence with the wrong text marked, and how many places', () => {
    expect(html).toContain('原文：各乡镇干部要自觉<mark>卫</mark>护群众利益。');
    expect(html).toContain('（共 3 处）');
    const csv = renderCsvReport(report);
    expect(csv).toContain('各乡镇干部要自觉【卫】护群众利益。');
  });

  it('keeps 疑似 (C2) apart from the 问题清单, sorted by confidence, out of the counts', () => {
    const list = html.slice(
      html.indexOf('<table id="findings"'),
      html.indexOf('</table>', html.indexOf('<table id="findings"')),
    );
    expect(list).not.toContain('彩票');
    const suspects = html.slice(html.indexOf('<h2>待人工确认（疑似）</h2>'));
    expect(suspects.indexOf('彩票0.8')).toBeLessThan(suspects.indexOf('彩票0.3'));
    expect(html).toMatch(/data-stat="suspects"><strong>2</);
    expect(html).toMatch(/data-stat="failures"><strong>5</);
    expect(html).toMatch(/data-stat="incomplete"><strong>1</);
  });
});
